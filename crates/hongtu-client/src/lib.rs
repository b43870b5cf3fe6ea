//! Typed async client for the Megvii Hongtu 3000 AIoT box OpenAPI (鸿图).
#![deny(missing_docs)]

pub mod api;
pub mod dict;
pub mod envelope;
