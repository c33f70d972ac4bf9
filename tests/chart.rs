//! The radar chart the debrief shows: drawn into plain pixels, deterministically.

use touchpoint::adapters::chart::{Radar, Rgba};

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
