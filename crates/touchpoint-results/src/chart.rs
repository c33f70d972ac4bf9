//! Charts drawn into plain RGBA pixel buffers, for the desktop app's debrief (and any
//! report that wants a picture): no graphics library, no GPU, deterministic pixels.
//!
//! Labels are not drawn here; [`Radar::label_spot`] (or [`Radar::label_anchor`]) says
//! where each axis label goes, so the caller can place real text (in any script) next
//! to the picture.

/// An RGBA colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

/// A square RGBA image, row by row, 4 bytes per pixel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pixels {
    pub size: u32,
    pub data: Vec<u8>,
}

impl Pixels {
    pub fn new(size: u32) -> Self {
        Pixels {
            size,
            data: vec![0; (size * size * 4) as usize],
        }
    }

    pub fn get(&self, x: u32, y: u32) -> Rgba {
        let i = ((y * self.size + x) * 4) as usize;
        Rgba(
            self.data[i],
            self.data[i + 1],
            self.data[i + 2],
            self.data[i + 3],
        )
    }

    /// Blends `c` over the pixel with coverage `a` (0..=1).
    fn blend(&mut self, x: i64, y: i64, c: Rgba, a: f64) {
        if x < 0 || y < 0 || x >= i64::from(self.size) || y >= i64::from(self.size) {
            return;
        }
        let i = ((y as u32 * self.size + x as u32) * 4) as usize;
        let sa = f64::from(c.3) / 255.0 * a.clamp(0.0, 1.0);
        let da = f64::from(self.data[i + 3]) / 255.0;
        let oa = sa + da * (1.0 - sa);
        if oa <= 0.0 {
            return;
        }
        for (k, sc) in [c.0, c.1, c.2].into_iter().enumerate() {
            let d = f64::from(self.data[i + k]);
            let v = (f64::from(sc) * sa + d * da * (1.0 - sa)) / oa;
            self.data[i + k] = v.round().clamp(0.0, 255.0) as u8;
        }
        self.data[i + 3] = (oa * 255.0).round() as u8;
    }

    /// A line `width` pixels wide, anti-aliased by distance to the segment.
    pub fn line(&mut self, a: (f64, f64), b: (f64, f64), width: f64, c: Rgba) {
        let (minx, maxx) = (a.0.min(b.0) - width, a.0.max(b.0) + width);
        let (miny, maxy) = (a.1.min(b.1) - width, a.1.max(b.1) + width);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len2 = (dx * dx + dy * dy).max(1e-9);
        for y in miny.floor() as i64..=maxy.ceil() as i64 {
            for x in minx.floor() as i64..=maxx.ceil() as i64 {
                let (px, py) = (x as f64 + 0.5, y as f64 + 0.5);
                let t = (((px - a.0) * dx + (py - a.1) * dy) / len2).clamp(0.0, 1.0);
                let (qx, qy) = (a.0 + t * dx, a.1 + t * dy);
                let d = ((px - qx).powi(2) + (py - qy).powi(2)).sqrt();
                let cov = (width / 2.0 + 0.5 - d).clamp(0.0, 1.0);
                if cov > 0.0 {
                    self.blend(x, y, c, cov);
                }
            }
        }
    }

    /// Fills a polygon (even-odd rule, sampled at pixel centres).
    pub fn fill(&mut self, pts: &[(f64, f64)], c: Rgba) {
        if pts.len() < 3 {
            return;
        }
        let miny = pts.iter().map(|p| p.1).fold(f64::MAX, f64::min).floor() as i64;
        let maxy = pts.iter().map(|p| p.1).fold(f64::MIN, f64::max).ceil() as i64;
        for y in miny..=maxy {
            let py = y as f64 + 0.5;
            let mut xs: Vec<f64> = Vec::new();
            for i in 0..pts.len() {
                let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
                if (a.1 <= py && b.1 > py) || (b.1 <= py && a.1 > py) {
                    xs.push(a.0 + (py - a.1) / (b.1 - a.1) * (b.0 - a.0));
                }
            }
            xs.sort_by(f64::total_cmp);
            for pair in xs.chunks(2) {
                if let [x0, x1] = pair {
                    for x in (x0 - 0.5).ceil() as i64..=(x1 - 0.5).floor() as i64 {
                        self.blend(x, y, c, 1.0);
                    }
                }
            }
        }
    }
}

/// How a label's lines line up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Justify {
    Left,
    Centre,
    Right,
}

/// Where a radar label goes (see [`Radar::label_spot`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSpot {
    /// The label box's left edge, in pixels from the image's left.
    pub left: f64,
    /// Its top edge, or its bottom edge when it grows upwards.
    pub y: f64,
    pub justify: Justify,
    pub grows_up: bool,
}

/// A radar (spider) chart of scores 0..=100, one axis per competency, first axis up,
/// clockwise.
#[derive(Debug, Clone)]
pub struct Radar {
    pub size: u32,
    /// Space left around the web for labels, in pixels.
    pub margin: f64,
}

impl Radar {
    fn centre(&self) -> f64 {
        f64::from(self.size) / 2.0
    }

    fn radius(&self) -> f64 {
        self.centre() - self.margin
    }

    /// The point at `value` (0..=100) on axis `k` of `n`.
    pub fn point(&self, k: usize, n: usize, value: f64) -> (f64, f64) {
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / n as f64;
        let r = self.radius() * value.clamp(0.0, 100.0) / 100.0;
        (
            self.centre() + r * angle.cos(),
            self.centre() + r * angle.sin(),
        )
    }

    /// Where axis `k`'s label belongs: just outside the web, as a fraction (0..=1) of the
    /// image's width and height.
    pub fn label_anchor(&self, k: usize, n: usize) -> (f64, f64) {
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / n as f64;
        let r = self.radius() + self.margin * 0.45;
        let (x, y) = (
            self.centre() + r * angle.cos(),
            self.centre() + r * angle.sin(),
        );
        (x / f64::from(self.size), y / f64::from(self.size))
    }

    /// Where axis `k`'s label of width `width` goes, in pixels from the image's top
    /// left (it may reach beyond the image by up to `width` on either side): away
    /// from the web, so that it never covers it. On the right it starts at its anchor,
    /// on the left it ends there (right-aligned), at the top and bottom it is centred
    /// on it; above the web it grows upwards from `y`, elsewhere downwards.
    pub fn label_spot(&self, k: usize, n: usize, width: f64) -> LabelSpot {
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / n as f64;
        let r = self.radius() + self.margin * 0.2;
        let (x, y) = (
            self.centre() + r * angle.cos(),
            self.centre() + r * angle.sin(),
        );
        let (cos, sin) = (angle.cos(), angle.sin());
        let (left, justify) = if cos > 0.3 {
            (x, Justify::Left)
        } else if cos < -0.3 {
            (x - width, Justify::Right)
        } else {
            (x - width / 2.0, Justify::Centre)
        };
        // Beside the web a label starts level with its anchor's line of text.
        let (y, grows_up) = if sin < -0.3 {
            (y, true)
        } else if sin > 0.3 {
            (y, false)
        } else {
            (y - 9.0, false)
        };
        LabelSpot {
            left,
            y,
            justify,
            grows_up,
        }
    }

    /// Draws the web (rings at 20, 40 … 100), the axes, the pass-mark ring, and the
    /// scores as a filled polygon.
    pub fn draw(&self, scores: &[u32], pass_mark: Option<u32>) -> Pixels {
        let mut px = Pixels::new(self.size);
        let n = scores.len().max(3);
        let grid = Rgba(120, 130, 145, 160);
        for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
            for k in 0..n {
                px.line(
                    self.point(k, n, ring),
                    self.point(k + 1, n, ring),
                    1.0,
                    grid,
                );
            }
        }
        for k in 0..n {
            px.line(self.point(k, n, 0.0), self.point(k, n, 100.0), 1.0, grid);
        }
        if let Some(m) = pass_mark {
            let gold = Rgba(214, 160, 40, 220);
            for k in 0..n {
                px.line(
                    self.point(k, n, f64::from(m)),
                    self.point(k + 1, n, f64::from(m)),
                    2.0,
                    gold,
                );
            }
        }
        if scores.len() >= 3 {
            let pts: Vec<(f64, f64)> = scores
                .iter()
                .enumerate()
                .map(|(k, &v)| self.point(k, n, f64::from(v)))
                .collect();
            px.fill(&pts, Rgba(52, 132, 220, 110));
            for k in 0..pts.len() {
                px.line(
                    pts[k],
                    pts[(k + 1) % pts.len()],
                    3.0,
                    Rgba(30, 100, 200, 255),
                );
            }
        }
        px
    }
}

/// The customer's face as a picture whose expression follows the mood: the brows slant
/// down with anger, the mouth curves from a frown to a smile with satisfaction, and the
/// face flushes red as anger rises.
pub fn face(size: u32, anger: i32, trust: i32, patience: i32) -> Pixels {
    let mut px = Pixels::new(size);
    let s = f64::from(size);
    let (a, t, p) = (
        f64::from(anger.clamp(0, 100)) / 100.0,
        f64::from(trust.clamp(0, 100)) / 100.0,
        f64::from(patience.clamp(0, 100)) / 100.0,
    );
    // Skin flushes towards red with anger.
    let skin = Rgba(
        (236.0 + 14.0 * a) as u8,
        (200.0 - 90.0 * a) as u8,
        (160.0 - 80.0 * a) as u8,
        255,
    );
    let outline = Rgba(70, 50, 40, 255);
    let c = s / 2.0;
    let r = s * 0.42;
    let circle = |cx: f64, cy: f64, rr: f64| -> Vec<(f64, f64)> {
        (0..48)
            .map(|k| {
                let ang = std::f64::consts::TAU * f64::from(k) / 48.0;
                (cx + rr * ang.cos(), cy + rr * ang.sin())
            })
            .collect()
    };
    let head = circle(c, c, r);
    px.fill(&head, skin);
    for k in 0..head.len() {
        px.line(head[k], head[(k + 1) % head.len()], s / 60.0, outline);
    }
    // Eyes: narrower when impatient.
    let eye_h = r * (0.06 + 0.07 * p);
    for side in [-1.0, 1.0] {
        let (ex, ey) = (c + side * r * 0.38, c - r * 0.12);
        let eye: Vec<(f64, f64)> = (0..24)
            .map(|k| {
                let ang = std::f64::consts::TAU * f64::from(k) / 24.0;
                (ex + r * 0.11 * ang.cos(), ey + eye_h * ang.sin())
            })
            .collect();
        px.fill(&eye, outline);
        // Brows: the inner end drops as anger rises.
        let inner = (ex - side * r * 0.16, ey - r * (0.26 - 0.16 * a));
        let outer = (ex + side * r * 0.18, ey - r * (0.26 + 0.06 * a));
        px.line(inner, outer, s / 40.0, outline);
    }
    // Mouth: a curve whose bend follows satisfaction (frown to smile).
    let sat = ((1.0 - a) + t) / 2.0;
    let bend = (sat - 0.5) * 2.0 * r * 0.22;
    let (mx, my, w) = (c, c + r * 0.45, r * 0.42);
    let pts: Vec<(f64, f64)> = (0..=16)
        .map(|k| {
            let u = f64::from(k) / 16.0 * 2.0 - 1.0;
            (mx + u * w, my + bend * (1.0 - u * u))
        })
        .collect();
    for k in 0..pts.len() - 1 {
        px.line(pts[k], pts[k + 1], s / 45.0, outline);
    }
    px
}
