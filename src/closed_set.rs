//! `closed_set!`: the one way the core declares a closed set of values (an outcome, a verdict, a
//! purpose). Each set is an enum whose JSON form is an explicit, stable kebab-case string, so a typo
//! is a compile error rather than a value that silently falls into a `_ =>` arm, and the JSON
//! contract stays exactly the strings it always had.

/// Declares a `Copy` enum with an explicit string per variant. The enum serialises to, and
/// deserialises from, those strings; `as_str` gives the same string (for CSS classes and data
/// attributes) and `ALL` lists every value in declaration order.
#[macro_export]
macro_rules! closed_set {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value's stable string, as in the JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
