//! What the debrief says about one feedback item, built once for every front end
//! (the terminal's `cli/term.rs` and the app's `gui/debrief.rs` lay it out, each in
//! its own way): the technique and procedure step, its teaching, what kind of
//! failure it is (out of order, a missing step, a breach the session counted by
//! itself), what the trainee said, the better reply, the author's note and where the
//! courseware teaches it.

use fluent_bundle::FluentValue;

use crate::record::Feedback;
use touchpoint_content::locale::Texts;
use touchpoint_engine::scoring::FeedbackKind;

/// The texts of one feedback item, in the order both front ends show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemText {
    /// The technique's name.
    pub name: String,
    /// For a procedure step: the procedure's name and the step's.
    pub step: Option<(String, String)>,
    /// The technique's teaching (may be empty).
    pub teaching: String,
    /// What kind of failure, as sentences: a step out of order (which one was
    /// skipped), a step missing, a breach the session counted by itself (the
    /// customer's feelings left unhandled, or a late reply).
    pub remarks: Vec<String>,
    /// "You said": the reply given.
    pub you_said: Option<String>,
    /// "Better": the better reply (for a reply broken only by its lateness, the
    /// same reply in time).
    pub better: Option<String>,
    /// The author's teaching note on the chosen reply.
    pub note: Option<String>,
    /// Where the courseware teaches it (the course's names, else the seed files),
    /// joined with "; ".
    pub sources: String,
}

/// The texts of feedback item `f`: catalog names from `t` (the encounter's texts),
/// the program's own sentences from `ui`.
pub fn item_text(t: &Texts, ui: &Texts, f: &Feedback) -> ItemText {
    let step = match (&f.procedure, &f.step_name) {
        (Some(p), Some(s)) => Some((t.cat(p), s.clone())),
        _ => None,
    };
    let mut remarks = Vec::new();
    match f.kind {
        FeedbackKind::Order => {
            let skipped = f
                .skipped_name
                .clone()
                .or_else(|| f.skipped.clone())
                .unwrap_or_default();
            remarks.push(ui.ui_fmt("ui-order", &[("skipped", FluentValue::from(skipped))]));
        }
        FeedbackKind::MissingStep => remarks.push(ui.ui("ui-missing-step")),
        _ => {}
    }
    if f.automatic {
        let key = if f.technique == touchpoint_engine::session::MOOD_BEFORE_MATTER {
            "ui-automatic-feelings"
        } else {
            "ui-automatic-late"
        };
        remarks.push(ui.ui(key));
    }
    let better = if f.better_in_time() {
        Some(ui.ui("ui-better-in-time"))
    } else {
        f.better_text.clone()
    };
    let sources = if f.sources.is_empty() {
        &f.seeds
    } else {
        &f.sources
    };
    ItemText {
        name: f.technique_name.clone(),
        step,
        teaching: f.teaching.clone(),
        remarks,
        you_said: f.choice_text.clone(),
        better,
        note: f.note.clone(),
        sources: sources.join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Feedback;

    fn item() -> Feedback {
        Feedback {
            kind: FeedbackKind::Order,
            technique: "t".into(),
            technique_name: "Name".into(),
            teaching: "Teach".into(),
            competency: "c".into(),
            seeds: vec!["seed.md".into()],
            sources: vec![],
            critical: false,
            automatic: true,
            decision: Some(0),
            node: None,
            choice: Some("late".into()),
            choice_text: Some("I said".into()),
            better: Some("late".into()),
            better_text: Some("I said".into()),
            note: Some("a note".into()),
            procedure: None,
            step: None,
            step_name: None,
            skipped: Some("greet".into()),
            skipped_name: None,
        }
    }

    #[test]
    fn an_item_says_its_kind_and_a_late_reply_is_better_in_time() {
        let t = Texts::new("en-US", None, None);
        let x = item_text(&t, &t, &item());
        assert_eq!(x.name, "Name");
        assert_eq!(x.remarks.len(), 2, "{:?}", x.remarks);
        assert!(x.remarks[0].contains("greet"), "{:?}", x.remarks);
        assert_eq!(
            x.better.as_deref(),
            Some(t.ui("ui-better-in-time").as_str())
        );
        assert_eq!(
            x.sources, "seed.md",
            "seed files when the course names none"
        );
        assert_eq!(x.note.as_deref(), Some("a note"));
    }
}
