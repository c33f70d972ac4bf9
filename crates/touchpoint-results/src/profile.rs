//! The trainee's profile on this machine: who signed in last and their settings, so the
//! desktop app remembers them between runs. One small JSON file, written atomically.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::record::write_atomic;
use touchpoint_content::report::Report;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub trainee_id: String,
    pub name: String,
    pub cohort: String,
    /// zh-CN or en-US.
    pub locale: String,
    /// Master volume, 0..=100.
    pub volume: u8,
    pub muted: bool,
    /// Text size in percent of the default, 75..=200.
    pub text_scale: u16,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            trainee_id: String::new(),
            name: String::new(),
            cohort: String::new(),
            locale: touchpoint_content::locale::DEFAULT_LOCALE.to_string(),
            volume: 80,
            muted: false,
            text_scale: 100,
        }
    }
}

impl Profile {
    /// Keeps every field in its range.
    pub fn sanitized(mut self) -> Self {
        if touchpoint_content::locale::negotiate(&self.locale).is_none() {
            self.locale = touchpoint_content::locale::DEFAULT_LOCALE.to_string();
        }
        self.volume = self.volume.min(100);
        self.text_scale = self.text_scale.clamp(75, 200);
        self
    }
}

/// `$TOUCHPOINT_CONFIG_DIR/profile.json`, else `$XDG_CONFIG_HOME/touchpoint/profile.json`,
/// else `~/.config/touchpoint/profile.json`.
pub fn default_path(get: impl Fn(&str) -> Option<String>) -> PathBuf {
    let dir = if let Some(d) = get("TOUCHPOINT_CONFIG_DIR").filter(|d| !d.is_empty()) {
        PathBuf::from(d)
    } else if let Some(d) = get("XDG_CONFIG_HOME").filter(|d| !d.is_empty()) {
        Path::new(&d).join("touchpoint")
    } else if let Some(h) = get("HOME").filter(|d| !d.is_empty()) {
        Path::new(&h).join(".config").join("touchpoint")
    } else {
        PathBuf::from(".touchpoint")
    };
    dir.join("profile.json")
}

/// Loads the profile. A missing file is a fresh profile; a damaged one is moved aside
/// to `profile.json.damaged` (so nothing is lost) and reported.
pub fn load(path: &Path) -> (Profile, Option<Report>) {
    let Ok(text) = std::fs::read_to_string(path) else {
        return (Profile::default(), None);
    };
    match serde_json::from_str::<Profile>(&text) {
        Ok(p) => (p.sanitized(), None),
        Err(e) => {
            let aside = path.with_extension("json.damaged");
            let moved = std::fs::rename(path, &aside).is_ok();
            let msg = if moved {
                format!(
                    "profile could not be read ({e}); moved to {} and starting fresh",
                    aside.display()
                )
            } else {
                format!("profile could not be read ({e}); starting fresh")
            };
            (
                Profile::default(),
                Some(Report::error(path, e.line().max(1), e.column().max(1), msg)),
            )
        }
    }
}

pub fn save(path: &Path, p: &Profile) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let json = serde_json::to_string_pretty(p).map_err(std::io::Error::other)?;
    write_atomic(path, format!("{json}\n").as_bytes())
}
