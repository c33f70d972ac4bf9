//! A fast path for reading RON: a serde deserializer for the plain subset of RON that
//! scenario, catalog and test files are written in (named or anonymous structs, lists,
//! tuples, unit and newtype enum variants, decimal integers, booleans, strings with
//! simple escapes, comments, implicit `Some`).
//!
//! It is about five times faster than the `ron` crate on large files. It never guesses:
//! on anything outside that subset, or on any error at all, it gives up with an opaque
//! [`Unsupported`] and the caller parses the file again with `ron`, which either
//! accepts it or reports the located, worded error. So a file means the same whichever
//! path read it; `tests/fast_ron.rs` checks that on every RON file in the repository
//! and on mutated copies of them.

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};

use super::files::MAX_RON_DEPTH;

/// The fast path could not read the input; parse it with `ron` instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not in the fast RON subset")
    }
}

impl std::error::Error for Unsupported {}

impl de::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

type Result<T> = std::result::Result<T, Unsupported>;

/// Deserializes `text`, or gives up with [`Unsupported`].
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T> {
    from_str_at_depth(text, 0)
}

/// Like [`from_str`], for a value that sits `depth` levels deep inside a larger
/// document (an element of a list read on its own by [`super::stream`]): the nesting
/// limit then counts the levels around it, as it would in the whole document.
pub(crate) fn from_str_at_depth<T: DeserializeOwned>(text: &str, depth: usize) -> Result<T> {
    let mut de = De {
        b: text.as_bytes(),
        text,
        pos: 0,
        depth,
    };
    let v = T::deserialize(&mut de)?;
    de.skip_ws()?;
    if de.pos == de.b.len() {
        Ok(v)
    } else {
        Err(Unsupported)
    }
}

struct De<'a> {
    b: &'a [u8],
    text: &'a str,
    pos: usize,
    depth: usize,
}

/// Bytes that continue an identifier: `[A-Za-z0-9_]`.
const IDENT: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    t
};

impl<'a> De<'a> {
    #[inline]
    fn skip_ws(&mut self) -> Result<()> {
        // Most calls find a token straight away.
        match self.b.get(self.pos) {
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'/') => self.skip_ws_slow(),
            _ => Ok(()),
        }
    }

    fn skip_ws_slow(&mut self) -> Result<()> {
        loop {
            match self.b.get(self.pos) {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') => match self.b.get(self.pos + 1) {
                    Some(b'/') => {
                        self.pos += 2;
                        while let Some(&c) = self.b.get(self.pos) {
                            self.pos += 1;
                            if c == b'\n' {
                                break;
                            }
                        }
                    }
                    Some(b'*') => {
                        // Block comments nest in RON.
                        self.pos += 2;
                        let mut level = 1usize;
                        while level > 0 {
                            match (self.b.get(self.pos), self.b.get(self.pos + 1)) {
                                (Some(b'*'), Some(b'/')) => {
                                    level -= 1;
                                    self.pos += 2;
                                }
                                (Some(b'/'), Some(b'*')) => {
                                    level += 1;
                                    self.pos += 2;
                                }
                                (Some(_), _) => self.pos += 1,
                                (None, _) => return Err(Unsupported),
                            }
                        }
                    }
                    _ => return Ok(()),
                },
                _ => return Ok(()),
            }
        }
    }

    fn peek(&mut self) -> Result<Option<u8>> {
        self.skip_ws()?;
        Ok(self.b.get(self.pos).copied())
    }

    fn expect(&mut self, c: u8) -> Result<()> {
        if self.peek()? == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Unsupported)
        }
    }

    /// An ASCII identifier. Raw identifiers (`r#x`) and raw strings are left to `ron`.
    fn ident(&mut self) -> Result<&'a str> {
        self.skip_ws()?;
        let start = self.pos;
        match self.b.get(self.pos) {
            Some(c) if c.is_ascii_alphabetic() || *c == b'_' => self.pos += 1,
            _ => return Err(Unsupported),
        }
        let rest = self.b.get(self.pos..).unwrap_or_default();
        self.pos += rest
            .iter()
            .position(|&c| !IDENT[usize::from(c)])
            .unwrap_or(rest.len());
        // A non-ASCII letter, `#` or `"` right after would make this something else.
        match self.b.get(self.pos) {
            Some(c) if *c >= 0x80 || *c == b'#' || *c == b'"' => Err(Unsupported),
            _ => Ok(&self.text[start..self.pos]),
        }
    }

    fn peek_ident(&mut self) -> Result<Option<&'a str>> {
        let save = self.pos;
        let r = self.ident().ok();
        self.pos = save;
        Ok(r)
    }

    fn string(&mut self) -> Result<std::borrow::Cow<'a, str>> {
        self.expect(b'"')?;
        let start = self.pos;
        let rest = self.b.get(start..).unwrap_or_default();
        let end = memchr::memchr2(b'"', b'\\', rest).ok_or(Unsupported)?;
        self.pos += end;
        if rest.get(end) == Some(&b'"') {
            // The quotes are ASCII, so `start` and `pos` are char boundaries.
            let s = self.text.get(start..self.pos).ok_or(Unsupported)?;
            self.pos += 1;
            return Ok(s.into());
        }
        let mut out = self.text[start..self.pos].to_string();
        loop {
            match self.b.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out.into());
                }
                Some(b'\\') => {
                    let c = match self.b.get(self.pos + 1) {
                        Some(b'\\') => '\\',
                        Some(b'"') => '"',
                        Some(b'n') => '\n',
                        Some(b't') => '\t',
                        Some(b'r') => '\r',
                        _ => return Err(Unsupported),
                    };
                    out.push(c);
                    self.pos += 2;
                }
                Some(_) => {
                    let rest = &self.text[self.pos..];
                    let end = rest.find(['"', '\\']).ok_or(Unsupported)?;
                    out.push_str(&rest[..end]);
                    self.pos += end;
                }
                None => return Err(Unsupported),
            }
        }
    }

    /// A plain decimal integer: `-?[0-9]+`, no leading zeros, no `_`, `+`, hex or float.
    fn integer(&mut self) -> Result<(bool, u64)> {
        self.skip_ws()?;
        let neg = self.b.get(self.pos) == Some(&b'-');
        if neg {
            self.pos += 1;
        }
        let start = self.pos;
        while self.b.get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
        let digits = &self.text[start..self.pos];
        if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
            return Err(Unsupported);
        }
        if let Some(c) = self.b.get(self.pos)
            && (c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'#') || *c >= 0x80)
        {
            return Err(Unsupported);
        }
        let v: u64 = digits.parse().map_err(|_| Unsupported)?;
        Ok((neg, v))
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_RON_DEPTH {
            Err(Unsupported)
        } else {
            Ok(())
        }
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// After an element: a `,` (consumed) or the closing bracket (left in place).
    fn after_element(&mut self, close: u8) -> Result<()> {
        match self.peek()? {
            Some(b',') => {
                self.pos += 1;
                Ok(())
            }
            Some(c) if c == close => Ok(()),
            _ => Err(Unsupported),
        }
    }
}

macro_rules! unsupported {
    ($($name:ident),*) => {
        $(fn $name<V: Visitor<'de>>(self, _: V) -> Result<V::Value> { Err(Unsupported) })*
    };
}

/// Every integer type reads as a plain decimal; the visitor checks the range.
macro_rules! integers {
    ($($name:ident),*) => {
        $(fn $name<V: Visitor<'de>>(self, v: V) -> Result<V::Value> { self.deserialize_i64(v) })*
    };
}

impl<'de> de::Deserializer<'de> for &mut De<'_> {
    type Error = Unsupported;

    unsupported!(
        deserialize_any,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_unit,
        deserialize_map,
        deserialize_ignored_any
    );

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.ident()? {
            "true" => v.visit_bool(true),
            "false" => v.visit_bool(false),
            _ => Err(Unsupported),
        }
    }

    integers!(
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64
    );

    fn deserialize_i64<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.integer()? {
            (false, n) => v.visit_u64(n),
            (true, n) => {
                let n = i64::try_from(n).map_err(|_| Unsupported)?;
                v.visit_i64(-n)
            }
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        match self.string()? {
            std::borrow::Cow::Borrowed(s) => v.visit_str(s),
            std::borrow::Cow::Owned(s) => v.visit_string(s),
        }
    }
    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_str(v)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        // Explicit `Some(..)` and `None` are left to `ron`.
        match self.peek_ident()? {
            Some("Some" | "None") => Err(Unsupported),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, _: V) -> Result<V::Value> {
        Err(Unsupported)
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: V,
    ) -> Result<V::Value> {
        Err(Unsupported)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.expect(b'[')?;
        self.enter()?;
        let value = v.visit_seq(Elements {
            de: self,
            close: b']',
        })?;
        self.leave();
        self.expect(b']')?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, v: V) -> Result<V::Value> {
        self.expect(b'(')?;
        self.enter()?;
        let value = v.visit_seq(Elements {
            de: self,
            close: b')',
        })?;
        self.leave();
        self.expect(b')')?;
        Ok(value)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        v: V,
    ) -> Result<V::Value> {
        if self.peek()? != Some(b'(') && self.ident()? != name {
            return Err(Unsupported);
        }
        self.deserialize_tuple(len, v)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value> {
        if self.peek()? != Some(b'(') && self.ident()? != name {
            return Err(Unsupported);
        }
        self.expect(b'(')?;
        self.enter()?;
        let value = v.visit_map(Fields { de: self })?;
        self.leave();
        self.expect(b')')?;
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Result<V::Value> {
        let variant = self.ident()?;
        self.enter()?;
        let value = v.visit_enum(Variant { de: self, variant })?;
        self.leave();
        Ok(value)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        v.visit_str(self.ident()?)
    }
}

struct Elements<'r, 'a> {
    de: &'r mut De<'a>,
    close: u8,
}

impl<'de> SeqAccess<'de> for Elements<'_, '_> {
    type Error = Unsupported;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.de.peek()? == Some(self.close) {
            return Ok(None);
        }
        let v = seed.deserialize(&mut *self.de)?;
        self.de.after_element(self.close)?;
        Ok(Some(v))
    }
}

struct Fields<'r, 'a> {
    de: &'r mut De<'a>,
}

impl<'de> MapAccess<'de> for Fields<'_, '_> {
    type Error = Unsupported;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.de.peek()? == Some(b')') {
            return Ok(None);
        }
        let key = self.de.ident()?;
        self.de.expect(b':')?;
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let v = seed.deserialize(&mut *self.de)?;
        self.de.after_element(b')')?;
        Ok(v)
    }
}

struct Variant<'r, 'a> {
    de: &'r mut De<'a>,
    variant: &'a str,
}

impl<'de> EnumAccess<'de> for Variant<'_, '_> {
    type Error = Unsupported;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let v = seed.deserialize(self.variant.into_deserializer())?;
        Ok((v, self))
    }
}

impl<'de> VariantAccess<'de> for Variant<'_, '_> {
    type Error = Unsupported;

    fn unit_variant(self) -> Result<()> {
        // `Variant(...)` for a unit variant is left to `ron`.
        if self.de.peek()? == Some(b'(') {
            Err(Unsupported)
        } else {
            Ok(())
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        self.de.expect(b'(')?;
        let v = seed.deserialize(&mut *self.de)?;
        self.de.expect(b')')?;
        Ok(v)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(Unsupported)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(Unsupported)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct S {
        a: u32,
        #[serde(default)]
        b: Option<String>,
        c: Vec<E>,
        d: (i32, i32),
    }

    #[derive(Debug, Deserialize, PartialEq)]
    enum E {
        Unit,
        N(i32),
        Nest(Vec<E>),
        Boxed(Box<E>),
        S(String),
    }

    #[test]
    fn reads_the_subset() {
        let s: S = from_str(
            "// c\nS( a: 7, b: \"x\\\"y\", c: [Unit, N(-3), Nest([S(\"z\"),]), Boxed(Unit)], /* x /* y */ */ d: (1, 2), )",
        )
        .unwrap();
        assert_eq!(
            s,
            S {
                a: 7,
                b: Some("x\"y".into()),
                c: vec![
                    E::Unit,
                    E::N(-3),
                    E::Nest(vec![E::S("z".into())]),
                    E::Boxed(Box::new(E::Unit))
                ],
                d: (1, 2)
            }
        );
    }

    #[test]
    fn gives_up_outside_the_subset() {
        for bad in [
            "S(a: 0x7, c: [], d: (1, 2))",
            "S(a: 7, b: Some(\"x\"), c: [], d: (1, 2))",
            "S(a: 7, c: [], d: (1, 2), e: 1)",
            "T(a: 7, c: [], d: (1, 2))",
            "S(a: 7, c: [], d: (1, 2)) x",
            "S(a: 7, c: [N(1,)], d: (1, 2))",
            "S(a: 1_000, c: [], d: (1, 2))",
            "S(a: 7, c: [], d: (1, 2)",
            "S(a: 7 c: [], d: (1, 2))",
            "S(a: -7, c: [], d: (1, 2))",
            "S(a: 7, b: r\"x\", c: [], d: (1, 2))",
            "S(a: 7, b: \"\\u{41}\", c: [], d: (1, 2))",
            "S(a: 7, c: [], d: (1, 2)) /* open",
        ] {
            assert_eq!(from_str::<S>(bad), Err(Unsupported), "{bad}");
        }
    }

    #[test]
    fn deep_nesting_gives_up_without_overflowing() {
        let deep = format!(
            "S(a: 1, c: [{}Unit{}], d: (1, 2))",
            "Nest([".repeat(10_000),
            "])".repeat(10_000)
        );
        assert_eq!(from_str::<S>(&deep), Err(Unsupported));
    }
}
