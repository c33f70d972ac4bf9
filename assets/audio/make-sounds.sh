#!/usr/bin/env bash
# Synthesises every sound the desktop app uses, with SoX (Debian package `sox`).
# All sounds are made by the project from noise and tones: no samples, no third-party
# recordings. Run from anywhere: bash assets/audio/make-sounds.sh
set -euo pipefail
cd "$(dirname "$0")"
r=44100

# Ambience loops (20 s, seamless: fade in and out over the same 2 s and cross-mixed).
# Business hall: a murmur of voices (band-passed pink noise with a slow swell) and, now
# and then, the two-tone chime of the queue display.
sox -n -r $r -c 1 murmur.wav synth 20 pinknoise band 500 400 tremolo 0.3 40 vol 0.35
sox -n -r $r -c 1 chime.wav synth 0.35 sine 1046.5 synth 0.35 sine mix 1318.5 fade 0 0.35 0.3 vol 0.12 pad 6 13.3
sox -m murmur.wav chime.wav -r $r -c 1 ambience_business_hall.ogg fade t 2 20 2
# Hotel lobby: soft, warm room tone with a slow, low hum.
sox -n -r $r -c 1 ambience_hotel_lobby.ogg synth 20 brownnoise lowpass 400 tremolo 0.15 30 vol 0.4 fade t 2 20 2
# Showroom: airy room tone, a little brighter.
sox -n -r $r -c 1 ambience_showroom.ogg synth 20 pinknoise vol 0.25 highpass 300 lowpass 3000 tremolo 0.2 25 fade t 2 20 2
rm -f murmur.wav chime.wav

# Mood cues: the customer grows angrier (a low falling growl) or calmer (a soft rise).
sox -n -r $r -c 1 cue_angrier.ogg synth 0.45 sawtooth 220-110 lowpass 900 overdrive 6 fade 0.01 0.45 0.2 vol 0.35
sox -n -r $r -c 1 cue_calmer.ogg synth 0.5 sine 392-523.25 fade 0.05 0.5 0.25 vol 0.35

# Feedback stings: a bright rising major arpeggio, and a low, dissonant pair.
sox -n -r $r -c 1 sting_positive.ogg synth 0.12 pluck C5 : synth 0.12 pluck E5 : synth 0.3 pluck G5 vol 0.6
sox -n -r $r -c 1 sting_negative.ogg synth 0.6 triangle 185 triangle 196 fade 0 0.6 0.4 vol 0.4

# UI click: a very short filtered noise tick.
sox -n -r $r -c 1 ui_click.ogg synth 0.015 whitenoise vol 0.5 highpass 2000 fade 0 0.015 0.012

ls -l ./*.ogg
