//! # lenfocus-device
//!
//! placeholder docs
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod commands;
pub mod enums;
pub mod envelope;
pub mod error;
pub mod image;
pub mod messages;
pub mod uploads;

pub use error::{CommandError, CommandResult, Error, Result};
