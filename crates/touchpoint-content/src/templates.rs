//! The templates `touchpoint new` scaffolds an encounter from (`assets/templates/`:
//! the scenario, its test and its Fluent files in both locales, per archetype), and
//! the shipped catalog with its texts, written where a folder has none.

/// The archetypes there is a template for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Archetype {
    Complainant,
    Buyer,
    Escalation,
}

/// One archetype's template files, with the `{{id}}` placeholders still in them.
pub struct Template {
    pub ron: &'static str,
    pub test: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

/// The template of an archetype.
pub fn template(a: Archetype) -> Template {
    macro_rules! t {
        ($name:literal) => {
            Template {
                ron: include_str!(concat!("../../../assets/templates/", $name, ".ron")),
                test: include_str!(concat!("../../../assets/templates/", $name, ".test.ron")),
                zh: include_str!(concat!("../../../assets/templates/", $name, ".zh-CN.ftl")),
                en: include_str!(concat!("../../../assets/templates/", $name, ".en-US.ftl")),
            }
        };
    }
    match a {
        Archetype::Complainant => t!("complainant"),
        Archetype::Buyer => t!("buyer"),
        Archetype::Escalation => t!("escalation"),
    }
}

/// The shipped catalog, written when the target folder has none.
pub const CATALOG: &str = include_str!("../../../scenarios/catalog.ron");
pub const CATALOG_ZH: &str = include_str!("../../../locales/zh-CN/catalog.ftl");
pub const CATALOG_EN: &str = include_str!("../../../locales/en-US/catalog.ftl");
