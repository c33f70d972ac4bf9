//! The Fluent loader on arbitrary text: the full parse with located errors, the
//! placeable check, and the fast line scan of plain files.
//!
//! Oracles: nothing panics; every reported error has a place; when the fast scan
//! accepts a file, it finds exactly the messages and attributes the full parser finds.

use std::path::Path;

use touchpoint::content::locale::{message_keys, parse_ftl, placeable_errors, scan_plain};

/// One input; a panic is a finding.
pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (file, errors) = parse_ftl("zh-CN", Path::new("fuzz.ftl"), text.to_string());
    for e in errors.iter().chain(placeable_errors(&file).iter()) {
        assert!(e.line >= 1 && e.col >= 1, "an error without a place: {e:?}");
    }
    if let Some(fast) = scan_plain("zh-CN", "fuzz.ftl", text) {
        let full = message_keys("zh-CN", "fuzz.ftl", &file.resource());
        let keys = |k: &touchpoint::engine::LocaleKeys| -> Vec<(String, Vec<String>)> {
            k.iter()
                .map(|(m, attrs)| (m.to_string(), attrs.map(str::to_string).collect()))
                .collect()
        };
        let (a, b) = (keys(&fast), keys(&full));
        assert_eq!(a, b, "the line scan and fluent-syntax disagree");
    }
}
