//! Every TUMS endpoint as a typed request struct implementing [`client_core::Endpoint`].
//! One submodule per seed chapter (tums-open-api.txt 1.4.x).

mod check;
mod ids;

pub mod credential;

pub mod region;

pub mod device;

pub mod device_config;

pub mod preview;

pub mod message;

pub mod passenger_flow;

pub mod alarm;

pub mod vehicle;
