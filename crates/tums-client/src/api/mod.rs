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

// 2026-08-31 edition, chapters 1.4.17–1.4.21 (tums-d).
mod page_2026;

pub mod broadcast;

pub mod parking;

pub mod access_control;

pub mod charging;

pub mod member;

// 2026-08-31 edition, chapters 1.4.9–1.4.13, 1.4.15, 1.4.16 (tums-c).
pub mod upload;

pub mod cloud_recording;

pub mod ai_inspection;

pub mod device_entrust;

pub mod record_config;

pub mod water_level;

pub mod cloud_storage;

// TUMS 2026-08-31 edition additions (tums-a): 1.4.1, 1.4.3, 1.4.5–1.4.8.
pub mod alarm_ext;
pub mod device_ext;
pub mod http_flv;
pub mod playback_ext;
pub mod policy;
pub mod push_sign;
