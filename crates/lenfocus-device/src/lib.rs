//! # lenfocus-device
//!
//! placeholder docs
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod commands;
pub mod config;
pub mod enums;
pub mod envelope;
pub mod error;
pub mod handler;
pub mod http_client;
pub mod image;
pub mod messages;
pub mod session;
#[cfg(feature = "simulator")]
pub mod simulator;
pub mod uploads;

pub use config::{Backoff, DeviceConfig, DidStore};
pub use enums::ResultCode;
pub use error::{CommandError, CommandResult, Error, Result};
pub use handler::{CommandHandler, CommandStream, IncomingCommand, NoCommands, Responder};
pub use http_client::{HttpClient, ParamSigning};
pub use session::{Device, DisconnectReason, Session, SessionEvent, SessionState};

/// Re-exported so integrators need not depend on `auth-signing` directly.
pub use auth_signing::lenfocus::{ConnectSigner, ConnectVerifier};
pub use client_core::Secret;
