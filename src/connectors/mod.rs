//! Exchange connectors: parsing every export format into records, normalising them, and judging
//! forced TLS per mail-flow direction.

pub mod actor;
pub mod errors;
pub mod exo_history;
pub mod model;
pub mod names;
pub mod normalize;
pub mod parse;
pub mod record;
pub mod verdict;
