//! Natural order for the names people give cohorts and trainees: numbers compare as
//! numbers (cohort-2 before cohort-10, t9 before t10), letters without regard to
//! case, and names equal that way fall back to plain order so the order is total.

use std::cmp::Ordering;

/// `a` against `b` in natural order.
pub fn cmp(a: &str, b: &str) -> Ordering {
    natord::compare_ignore_case(a, b).then_with(|| a.cmp(b))
}

/// Optional names (a cohort may be missing): named ones first, in natural order.
pub fn cmp_opt(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => cmp(x, y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(v: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
        v.sort_by(|a, b| cmp(a, b));
        v
    }

    #[test]
    fn cohorts_sort_naturally_not_as_text() {
        assert_eq!(
            sorted(&["cohort-10", "cohort-2", "cohort-1", "cohort-11", "cohort-3"]),
            ["cohort-1", "cohort-2", "cohort-3", "cohort-10", "cohort-11"]
        );
        assert_eq!(
            sorted(&["t10", "t9", "T1", "t100"]),
            ["T1", "t9", "t10", "t100"]
        );
        assert_eq!(
            sorted(&["2026-11", "2026-2", "2025-12"]),
            ["2025-12", "2026-2", "2026-11"]
        );
        assert_eq!(
            sorted(&["营业厅二班", "营业厅一班", "a"]),
            ["a", "营业厅一班", "营业厅二班"]
        );
    }

    #[test]
    fn the_order_is_total_and_consistent() {
        // Equal ignoring case or leading zeros, yet distinct: never Equal.
        assert_ne!(cmp("Cohort-1", "cohort-1"), Ordering::Equal);
        assert_ne!(cmp("t01", "t1"), Ordering::Equal);
        assert_eq!(cmp("x", "x"), Ordering::Equal);
        let names = ["a2", "A10", "a1", "b", "a01", "", "10", "9", "a-1", "a_1"];
        for x in names {
            for y in names {
                assert_eq!(cmp(x, y), cmp(y, x).reverse(), "{x} {y}");
            }
        }
        assert_eq!(cmp_opt(Some("z"), None), Ordering::Less);
        assert_eq!(cmp_opt(None, None), Ordering::Equal);
    }
}
