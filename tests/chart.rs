//! The radar chart the debrief shows: drawn into plain pixels, deterministically.

use touchpoint::results::chart::{Radar, Rgba};

#[test]
fn the_radar_fills_the_scores_and_leaves_the_rest_clear() {
    let r = Radar {
        size: 200,
        margin: 30.0,
    };
    let scores = [100, 50, 100, 50, 100, 50];
    let px = r.draw(&scores, Some(70));
    assert_eq!(px.data.len(), 200 * 200 * 4);
    // Half-way up the first axis (score 100) is inside the filled polygon: blue.
    let (x, y) = r.point(0, 6, 50.0);
    let Rgba(red, _, blue, alpha) = px.get(x as u32, y as u32);
    assert!(blue > red && alpha > 60, "{:?}", px.get(x as u32, y as u32));
    // A corner of the image is outside the web: transparent.
    assert_eq!(px.get(2, 2).3, 0);
    // Beyond the score on a 50 axis, but inside the web, is not filled.
    let (x, y) = r.point(1, 6, 65.0);
    let (x, y) = (x.round() as u32, y.round() as u32);
    assert!(
        px.get(x, y).2 < 200 || px.get(x, y).3 < 110,
        "{:?}",
        px.get(x, y)
    );
    // Same input, same pixels.
    assert_eq!(px, r.draw(&scores, Some(70)));
    // Labels sit outside the web, inside the image.
    for k in 0..6 {
        let (fx, fy) = r.label_anchor(k, 6);
        assert!((0.0..=1.0).contains(&fx) && (0.0..=1.0).contains(&fy));
        let (wx, wy) = r.point(k, 6, 100.0);
        let (lx, ly) = (fx * 200.0, fy * 200.0);
        let d = |x: f64, y: f64| ((x - 100.0).powi(2) + (y - 100.0).powi(2)).sqrt();
        assert!(d(lx, ly) > d(wx, wy));
    }
}

#[test]
fn the_face_frowns_when_angry_and_smiles_when_pleased() {
    use touchpoint::results::chart::face;
    let angry = face(120, 95, 5, 20);
    let pleased = face(120, 5, 90, 80);
    assert_ne!(angry, pleased);
    // Redder skin when angry (sample the cheek).
    let (ra, ga) = (angry.get(40, 75).0, angry.get(40, 75).1);
    let (rp, gp) = (pleased.get(40, 75).0, pleased.get(40, 75).1);
    assert!(
        ra >= rp && ga < gp,
        "{:?} {:?}",
        angry.get(40, 75),
        pleased.get(40, 75)
    );
    // The corners of the mouth are higher than its middle when pleased (a smile) and
    // lower when angry: find the darkest row in the mouth's middle column and at a corner.
    let darkest_row = |px: &touchpoint::results::chart::Pixels, x: u32| {
        // Rows between the eyes and the chin outline.
        (70..100)
            .min_by_key(|&y| {
                let c = px.get(x, y);
                u32::from(c.0) + u32::from(c.1) + u32::from(c.2)
            })
            .unwrap()
    };
    let (mid, corner) = (60, 42);
    assert!(darkest_row(&pleased, mid) > darkest_row(&pleased, corner));
    assert!(darkest_row(&angry, mid) < darkest_row(&angry, corner));
}

/// Review (screenshots): the debrief's radar labels were centred on their anchor, so a
/// label on the left or right side reached half its width into the web, and a
/// two-line label at the top hung down onto it. A label is placed away from the web:
/// starting at its anchor on the right, ending there on the left, centred at the top
/// and bottom, growing upwards above the web.
#[test]
fn radar_labels_never_cover_the_web() {
    use touchpoint::results::chart::Justify;
    let r = Radar {
        size: 300,
        margin: 60.0,
    };
    let (w, h) = (110.0, 48.0);
    let centre: f64 = 150.0;
    let web = 150.0 - 60.0;
    for n in 3..=8 {
        for k in 0..n {
            let s = r.label_spot(k, n, w);
            let (x0, x1) = (s.left, s.left + w);
            let (y0, y1) = if s.grows_up {
                (s.y - h, s.y)
            } else {
                (s.y, s.y + h)
            };
            // The nearest point of the label's box to the centre is outside the web.
            let nx = centre.clamp(x0, x1);
            let ny = centre.clamp(y0, y1);
            let d = ((nx - centre).powi(2) + (ny - centre).powi(2)).sqrt();
            assert!(d > web, "n {n}, k {k}: {s:?} reaches {d:.0} < {web}");
            // Text hugs the web: right-aligned on the left, left-aligned on the right.
            let (ax, _) = r.point(k, n, 100.0);
            match s.justify {
                Justify::Right => assert!(ax < centre - 1.0, "n {n}, k {k}"),
                Justify::Left => assert!(ax > centre + 1.0, "n {n}, k {k}"),
                Justify::Centre => {}
            }
            // Within a frame `w` wider than the chart on each side.
            assert!(x0 >= -w && x1 <= 300.0 + w, "n {n}, k {k}: {s:?}");
        }
    }
}
