//! Both shipped locales are complete: every .ftl file in one locale exists in the
//! other with the same messages and attributes.

use std::collections::BTreeSet;

use touchpoint::adapters::encounter::missing_keys;
use touchpoint::adapters::locale::{SUPPORTED, parse_ftl};

use crate::common::root;

fn ftl_names(locale: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join("locales").join(locale))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str().map(str::to_string))
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

#[test]
fn both_locales_have_the_same_files_and_keys_and_parse_cleanly() {
    let a = ftl_names(SUPPORTED[0]);
    let b = ftl_names(SUPPORTED[1]);
    assert_eq!(a, b, "the locales ship different files");
    assert!(a.contains("catalog.ftl") && a.contains("touchpoint.ftl"));
    for name in &a {
        let mut keys = Vec::new();
        for l in SUPPORTED {
            let path = root().join("locales").join(l).join(name);
            let (file, errors) = parse_ftl(l, &path, std::fs::read_to_string(&path).unwrap());
            assert!(
                errors.is_empty(),
                "{}",
                errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            keys.push(file.keys);
        }
        let ab = missing_keys(&keys[0], &keys[1]);
        let ba = missing_keys(&keys[1], &keys[0]);
        assert!(
            ab.is_empty(),
            "{name}: in {} but not {}: {ab:?}",
            SUPPORTED[0],
            SUPPORTED[1]
        );
        assert!(
            ba.is_empty(),
            "{name}: in {} but not {}: {ba:?}",
            SUPPORTED[1],
            SUPPORTED[0]
        );
    }
}

#[test]
fn chinese_and_english_texts_really_differ() {
    for name in ftl_names("zh-CN") {
        let zh = std::fs::read_to_string(root().join("locales/zh-CN").join(&name)).unwrap();
        let cjk = zh
            .chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count();
        assert!(cjk > 20, "{name} in zh-CN has hardly any Chinese");
        let en = std::fs::read_to_string(root().join("locales/en-US").join(&name)).unwrap();
        let en_cjk = en
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(|l| l.chars())
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count();
        assert!(
            en_cjk < 40,
            "{name} in en-US has {en_cjk} Chinese characters"
        );
    }
}
