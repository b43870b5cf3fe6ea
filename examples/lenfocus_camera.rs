//! A simulated Lenfocus camera: the device side of the Lenfocus third-party device
//! protocol, end to end.
//!
//! ```text
//! cargo run --example lenfocus_camera                  # embedded platform simulator, scripted demo, exits 0
//! LENFOCUS_RUN_SECS=20 cargo run --example lenfocus_camera
//! ```
//!
//! The camera keeps an in-memory person library and record index and answers every
//! server command (1.5–1.16) from them — a person added can then be queried, listed
//! and deleted. After connecting it reports its device info over HTTP (2.2) and
//! uploads one face capture (2.1, a small JPEG inline below); the runtime sends
//! heartbeats, renews the token before it expires and reconnects after a drop.
//!
//! Against a real platform set `LENFOCUS_WS_URL`, `LENFOCUS_HTTP_URL`, `LENFOCUS_SN`,
//! `LENFOCUS_SECURITY_CODE`, `LENFOCUS_PRIVATE_KEY` (PEM file) and optionally
//! `LENFOCUS_DID`, `LENFOCUS_IP`, `LENFOCUS_APP_ID` + `LENFOCUS_SECRET` (parameter
//! signature). With none of them set it runs against the embedded simulator; with
//! some but not all of the required ones it names the missing ones and exits 2. It then
//! runs until Ctrl-C, or for `LENFOCUS_RUN_SECS` seconds (counted from the start),
//! answering whatever commands the platform sends (possibly none), and shuts down
//! cleanly with exit code 0. A missing or unreadable setting (e.g. the PEM file) is
//! reported before anything is opened; a platform that keeps answering 421 (not
//! registered) is retried every 30 s until the run ends, then the example exits 1.

#[path = "support/logging.rs"]
mod logging;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anfang::lenfocus::commands::*;
use anfang::lenfocus::enums::{Gender, PersonCategory, ResultCode};
use anfang::lenfocus::simulator::{SimDevice, Simulator};
use anfang::lenfocus::uploads::DeviceInfoReport;
use anfang::lenfocus::{
    CommandError, CommandHandler, CommandResult, Device, DeviceConfig, HttpClient, Session,
    SessionEvent,
};
use anyhow::Context as _;
use chrono::{Datelike, Duration as ChronoDuration, NaiveDateTime, Utc};

/// A small face JPEG (1.5 kB), inline so that the example builds from the published
/// `anfang` package too.
#[rustfmt::skip]
const FACE_JPEG: &[u8] = &[
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
    0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43,
    0x00, 0x06, 0x04, 0x05, 0x06, 0x05, 0x04, 0x06, 0x06, 0x05, 0x06, 0x07,
    0x07, 0x06, 0x08, 0x0a, 0x10, 0x0a, 0x0a, 0x09, 0x09, 0x0a, 0x14, 0x0e,
    0x0f, 0x0c, 0x10, 0x17, 0x14, 0x18, 0x18, 0x17, 0x14, 0x16, 0x16, 0x1a,
    0x1d, 0x25, 0x1f, 0x1a, 0x1b, 0x23, 0x1c, 0x16, 0x16, 0x20, 0x2c, 0x20,
    0x23, 0x26, 0x27, 0x29, 0x2a, 0x29, 0x19, 0x1f, 0x2d, 0x30, 0x2d, 0x28,
    0x30, 0x25, 0x28, 0x29, 0x28, 0xff, 0xdb, 0x00, 0x43, 0x01, 0x07, 0x07,
    0x07, 0x0a, 0x08, 0x0a, 0x13, 0x0a, 0x0a, 0x13, 0x28, 0x1a, 0x16, 0x1a,
    0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28,
    0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28,
    0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28,
    0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28, 0x28,
    0x28, 0x28, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x60, 0x00, 0x60, 0x03,
    0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xc4, 0x00,
    0x1f, 0x00, 0x00, 0x01, 0x05, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05,
    0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0xff, 0xc4, 0x00, 0xb5, 0x10, 0x00,
    0x02, 0x01, 0x03, 0x03, 0x02, 0x04, 0x03, 0x05, 0x05, 0x04, 0x04, 0x00,
    0x00, 0x01, 0x7d, 0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21,
    0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81,
    0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24,
    0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25,
    0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a,
    0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56,
    0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a,
    0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86,
    0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99,
    0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3,
    0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6,
    0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9,
    0xda, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1,
    0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xff, 0xc4, 0x00,
    0x1f, 0x01, 0x00, 0x03, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05,
    0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0xff, 0xc4, 0x00, 0xb5, 0x11, 0x00,
    0x02, 0x01, 0x02, 0x04, 0x04, 0x03, 0x04, 0x07, 0x05, 0x04, 0x04, 0x00,
    0x01, 0x02, 0x77, 0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31,
    0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71, 0x13, 0x22, 0x32, 0x81, 0x08,
    0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0, 0x15,
    0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18,
    0x19, 0x1a, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39,
    0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55,
    0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
    0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84,
    0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
    0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa,
    0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4,
    0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7,
    0xd8, 0xd9, 0xda, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea,
    0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xff, 0xda, 0x00,
    0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00, 0xf4,
    0x0a, 0x28, 0xa2, 0xbc, 0x83, 0xd3, 0x0a, 0x28, 0xa2, 0x80, 0x0a, 0x2a,
    0xe5, 0xae, 0x9f, 0x2c, 0xe0, 0x33, 0x61, 0x10, 0xf2, 0x09, 0xea, 0x7f,
    0x0a, 0xd0, 0x8f, 0x4d, 0xb7, 0x5c, 0xee, 0x0c, 0xff, 0x00, 0xef, 0x1e,
    0x9f, 0x95, 0x03, 0xb1, 0x87, 0x45, 0x6e, 0xbe, 0x9b, 0x6c, 0xc3, 0x01,
    0x59, 0x3d, 0xc3, 0x7f, 0x8d, 0x52, 0xb9, 0xd3, 0x64, 0x8f, 0x2d, 0x09,
    0xf3, 0x17, 0xd3, 0xb8, 0xff, 0x00, 0x1a, 0x02, 0xc6, 0x7d, 0x14, 0x51,
    0x40, 0x82, 0x8a, 0x28, 0xa0, 0x02, 0x8a, 0x28, 0xa0, 0x02, 0xb4, 0xb4,
    0xdb, 0x1d, 0xf8, 0x96, 0x61, 0xf2, 0x75, 0x55, 0x3d, 0xfd, 0xcf, 0xb5,
    0x53, 0xb3, 0x87, 0xed, 0x17, 0x0b, 0x19, 0xc8, 0x53, 0xc9, 0x20, 0x74,
    0x15, 0xd1, 0x80, 0x14, 0x00, 0x00, 0x00, 0x70, 0x00, 0xa0, 0xa4, 0x82,
    0x8a, 0x28, 0xa4, 0x50, 0x51, 0x45, 0x14, 0x01, 0x9b, 0xa9, 0x58, 0xef,
    0xcc, 0xb0, 0x8f, 0x9f, 0xab, 0x28, 0xef, 0xee, 0x3d, 0xeb, 0x22, 0xba,
    0x9a, 0xc1, 0xd4, 0xad, 0xc4, 0x17, 0x1f, 0x2e, 0x76, 0x3f, 0xcc, 0x38,
    0xe0, 0x7b, 0x53, 0x25, 0xa2, 0xa5, 0x14, 0x51, 0x41, 0x21, 0x45, 0x14,
    0x50, 0x06, 0xb6, 0x89, 0x1f, 0xc9, 0x2c, 0x87, 0x1c, 0x90, 0xa3, 0xd7,
    0xdf, 0xfa, 0x56, 0x9d, 0x54, 0xd2, 0x94, 0x2d, 0x92, 0x10, 0x39, 0x62,
    0x49, 0xfc, 0xf1, 0xfd, 0x2a, 0xdd, 0x22, 0xd1, 0xe7, 0x5f, 0x11, 0x7e,
    0x29, 0xd8, 0xf8, 0x3f, 0x51, 0x5d, 0x3a, 0x2b, 0x27, 0xd4, 0x2f, 0xf6,
    0xac, 0x92, 0x2a, 0xcc, 0xa8, 0x91, 0xa9, 0xcf, 0x05, 0xbe, 0x62, 0x1b,
    0x85, 0x3b, 0x76, 0xf4, 0x60, 0x73, 0x5d, 0x67, 0x84, 0x7c, 0x47, 0x63,
    0xe2, 0xad, 0x12, 0x2d, 0x53, 0x4c, 0x2e, 0x21, 0x76, 0x64, 0x31, 0xc9,
    0xb7, 0x7c, 0x6c, 0xa7, 0x18, 0x60, 0xa4, 0x80, 0x71, 0x83, 0x8c, 0xf4,
    0x20, 0xf7, 0xaf, 0x3d, 0xf8, 0xa7, 0xf0, 0xa2, 0xe3, 0xc5, 0x1a, 0xd9,
    0xd6, 0x34, 0x5b, 0xbb, 0x68, 0x2e, 0xa5, 0x54, 0x49, 0xe2, 0xb8, 0xde,
    0x15, 0xca, 0x82, 0x37, 0xee, 0x1b, 0xb0, 0x70, 0x11, 0x76, 0x85, 0x03,
    0x8c, 0xe7, 0x3d, 0x7b, 0x7f, 0x87, 0xde, 0x14, 0x83, 0xc1, 0xde, 0x1c,
    0x4d, 0x32, 0x19, 0xbe, 0xd1, 0x21, 0x91, 0xe6, 0x9a, 0x7d, 0xa5, 0x3c,
    0xc7, 0x3c, 0x67, 0x69, 0x27, 0x18, 0x50, 0xa3, 0x83, 0xdb, 0x3d, 0xeb,
    0x47, 0xcb, 0xca, 0xad, 0xb9, 0x0b, 0x9b, 0x99, 0xdf, 0x63, 0x5b, 0x5d,
    0xd5, 0x6d, 0x74, 0x4d, 0x1e, 0xf3, 0x53, 0xbf, 0x7d, 0xb6, 0xd6, 0xb1,
    0x99, 0x1f, 0x04, 0x02, 0xd8, 0xe8, 0xa3, 0x24, 0x02, 0xc4, 0xe0, 0x01,
    0x9e, 0x49, 0x02, 0xbc, 0xf7, 0xc1, 0xff, 0x00, 0x18, 0xb4, 0xcf, 0x10,
    0xf8, 0x8d, 0x74, 0xa9, 0x6c, 0x26, 0xb1, 0xf3, 0xe4, 0xf2, 0xed, 0x66,
    0x92, 0x55, 0x2a, 0xff, 0x00, 0x78, 0x8d, 0xe3, 0x8d, 0xac, 0x70, 0xa0,
    0x01, 0xbb, 0x25, 0xb1, 0x9f, 0x5e, 0xeb, 0xc5, 0x7a, 0x24, 0x1e, 0x23,
    0xf0, 0xe5, 0xfe, 0x93, 0x74, 0x76, 0xc7, 0x75, 0x19, 0x50, 0xf8, 0x27,
    0x63, 0x8e, 0x55, 0xb0, 0x08, 0xce, 0x18, 0x03, 0x8c, 0xf3, 0x8c, 0x57,
    0x96, 0x78, 0x23, 0xe0, 0xc5, 0xc6, 0x8d, 0xe2, 0xa8, 0x75, 0x2d, 0x5b,
    0x50, 0xb6, 0xb8, 0xb5, 0xb2, 0x9c, 0x4b, 0x6f, 0x1c, 0x4a, 0xfb, 0xa5,
    0x23, 0x3b, 0x59, 0xb9, 0x1b, 0x08, 0x3b, 0x1b, 0x03, 0x70, 0x38, 0x20,
    0xf1, 0xd4, 0x8f, 0x2d, 0x9d, 0xf7, 0x09, 0x73, 0x5d, 0x5b, 0x63, 0xda,
    0x6a, 0x8e, 0xb1, 0x1e, 0xeb, 0x5d, 0xc3, 0x19, 0x46, 0x07, 0x3e, 0xdd,
    0x3f, 0xc2, 0xaf, 0x54, 0x37, 0xaa, 0x1a, 0xd2, 0x60, 0xc3, 0x23, 0x69,
    0x3f, 0x97, 0x35, 0x99, 0x6c, 0xe7, 0x28, 0xa2, 0x8a, 0x64, 0x05, 0x14,
    0x51, 0x40, 0x1b, 0xda, 0x51, 0x06, 0xc6, 0x3c, 0x10, 0x71, 0x90, 0x7d,
    0xb9, 0xab, 0x75, 0x9b, 0xa2, 0x3e, 0x62, 0x95, 0x31, 0xd1, 0x81, 0xcf,
    0xd7, 0xff, 0x00, 0xd5, 0x5a, 0x54, 0x8b, 0x41, 0x45, 0x14, 0x50, 0x30,
    0xa2, 0x8a, 0x28, 0x00, 0xa8, 0xaf, 0x08, 0x16, 0x93, 0x64, 0x81, 0xf2,
    0x11, 0xcf, 0xd2, 0xa5, 0xaa, 0x5a, 0xbb, 0xed, 0xb3, 0x23, 0x19, 0xdc,
    0xc0, 0x7d, 0x3b, 0xff, 0x00, 0x4a, 0x04, 0xcc, 0x3a, 0x28, 0xa2, 0x99,
    0x01, 0x45, 0x14, 0x50, 0x05, 0x8b, 0x09, 0xc4, 0x17, 0x2a, 0xcc, 0x48,
    0x43, 0xc3, 0x60, 0x76, 0xae, 0x86, 0xb9, 0x6a, 0xd7, 0xd3, 0x2f, 0x43,
    0x05, 0x82, 0x5c, 0x02, 0x38, 0x53, 0xeb, 0xed, 0x41, 0x49, 0x95, 0xfc,
    0x61, 0xe1, 0xdb, 0x6f, 0x13, 0xe8, 0xaf, 0x61, 0x76, 0xef, 0x19, 0xdc,
    0x24, 0x8a, 0x55, 0xeb, 0x1c, 0x80, 0x10, 0x1b, 0x1d, 0xc7, 0x24, 0x11,
    0xe8, 0x7b, 0x1c, 0x11, 0xc7, 0xc3, 0xab, 0xf8, 0xe7, 0xc3, 0x30, 0xc7,
    0x6f, 0xa9, 0xe8, 0xc9, 0xae, 0x5b, 0x44, 0xa2, 0x24, 0xb8, 0xb4, 0x76,
    0x69, 0x5c, 0xf5, 0x05, 0xb0, 0x0b, 0x10, 0x06, 0x41, 0x25, 0x06, 0x4e,
    0x39, 0x3d, 0xfd, 0x2a, 0x8a, 0x13, 0x35, 0x8c, 0xec, 0xac, 0xd5, 0xd1,
    0xe7, 0x1f, 0xf0, 0x93, 0x78, 0xd7, 0x5b, 0xfd, 0xce, 0x8f, 0xe1, 0xaf,
    0xec, 0xbf, 0xe0, 0x92, 0x7b, 0xe2, 0x7e, 0x4d, 0xdc, 0x06, 0x50, 0xc1,
    0x73, 0xb7, 0x92, 0x78, 0x7e, 0xdc, 0x76, 0x3d, 0x0f, 0x81, 0x3c, 0x2c,
    0xbe, 0x1a, 0xb1, 0x99, 0xa7, 0xb8, 0x7b, 0xad, 0x4e, 0xf1, 0x84, 0x97,
    0x77, 0x0c, 0xc4, 0x86, 0x6e, 0x4e, 0x06, 0x7b, 0x0d, 0xc7, 0x93, 0xc9,
    0x24, 0x93, 0xd8, 0x0e, 0x9a, 0x8a, 0x1b, 0xe8, 0x0e, 0x77, 0x56, 0x4a,
    0xc8, 0x2b, 0x13, 0x56, 0x9c, 0x4b, 0x71, 0xb5, 0x49, 0x2b, 0x1f, 0x1d,
    0x3b, 0xf7, 0xab, 0xda, 0x85, 0xe8, 0x80, 0x6c, 0x8f, 0x06, 0x53, 0xff,
    0x00, 0x8e, 0xd6, 0x1d, 0x06, 0x4d, 0x85, 0x14, 0x51, 0x41, 0x21, 0x45,
    0x14, 0x50, 0x01, 0x45, 0x14, 0x50, 0x06, 0x8d, 0xae, 0xa6, 0xc8, 0x02,
    0xce, 0xa5, 0xc0, 0xfe, 0x21, 0xd7, 0xff, 0x00, 0xaf, 0x5a, 0x31, 0xde,
    0x5b, 0xbe, 0x76, 0xca, 0xa3, 0x1f, 0xde, 0xe3, 0xf9, 0xd7, 0x3b, 0x45,
    0x05, 0x5c, 0xe8, 0x9e, 0xee, 0xdd, 0x06, 0x4c, 0xc8, 0x7e, 0x87, 0x3f,
    0xca, 0xa9, 0x5c, 0xea, 0x9d, 0x56, 0xdd, 0x7f, 0xe0, 0x4d, 0xfd, 0x05,
    0x65, 0x51, 0x40, 0x5c, 0x52, 0x4b, 0x12, 0x49, 0x24, 0x9e, 0x49, 0x34,
    0x94, 0x51, 0x41, 0x21, 0x45, 0x14, 0x50, 0x07, 0xff, 0xd9,
];

/// The camera's storage: person library, video records, capture history.
#[derive(Default)]
struct Store {
    persons: BTreeMap<String, Person>,
    photos: BTreeMap<String, usize>,
    records: Vec<RecordFile>,
    faces: Vec<FaceCapture>,
    pedestrians: Vec<PedestrianCapture>,
    face_params: Option<FaceParamSet>,
    record_params: Option<RecordSet>,
}

/// A camera answering every server command from its in-memory store.
#[derive(Clone, Default)]
struct Camera {
    store: Arc<Mutex<Store>>,
}

fn in_range(t: Option<NaiveDateTime>, start: NaiveDateTime, end: NaiveDateTime) -> bool {
    t.is_some_and(|t| t >= start && t <= end)
}

/// One page of `items`; `first_page` is the seed's page base for that command.
/// `page_num` and `page_size` come from the platform: saturating arithmetic only.
fn page<T: Clone>(items: &[T], page_num: i64, page_size: i64, first_page: i64) -> Vec<T> {
    let size = usize::try_from(page_size.clamp(1, 500)).unwrap_or(1);
    let index = usize::try_from(page_num.saturating_sub(first_page)).unwrap_or(0);
    items
        .iter()
        .skip(index.saturating_mul(size))
        .take(size)
        .cloned()
        .collect()
}

impl Camera {
    fn with_sample_data() -> Self {
        let camera = Camera::default();
        {
            let mut s = camera.store.lock().unwrap_or_else(|p| p.into_inner());
            let today = Utc::now().naive_local().date();
            // Six 10-minute files a day for the first days of this month.
            for day in 1..=today.day().min(3) {
                let date = today.with_day(day).unwrap_or(today);
                for i in 0..6u32 {
                    let start = date.and_hms_opt(8 + i, 0, 0).unwrap_or_default();
                    s.records.push(RecordFile {
                        filename: Some(format!(
                            "/progs/rec/00/{}/N{:02}0000.mp4",
                            date.format("%Y%m%d"),
                            8 + i
                        )),
                        start_time: Some(start),
                        end_time: Some(start + ChronoDuration::minutes(10)),
                    });
                }
            }
            let now = Utc::now().naive_local();
            s.pedestrians.push(PedestrianCapture {
                time: now - ChronoDuration::minutes(5),
                jpeg_url_face: None,
                jpeg_url_body: Some("sdcard/ped/0001_body.jpg".into()),
                jpeg_url_frame: "sdcard/ped/0001_bg.jpg".into(),
            });
        }
        camera
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records a local face capture (what the camera also uploads over HTTP).
    fn capture_face(&self, time: NaiveDateTime) {
        self.lock().faces.push(FaceCapture {
            name: None,
            similarity: None,
            gender: None,
            age: None,
            time,
            jpeg_url_face: Some(format!("sdcard/{}_face.jpg", time.format("%Y%m%d/%H/%M%S"))),
            jpeg_url_body: None,
            jpeg_url_frame: format!("sdcard/{}_bg.jpg", time.format("%Y%m%d/%H/%M%S")),
        });
    }
}

impl CommandHandler for Camera {
    async fn face_param_set(&self, cmd: FaceParamSet) -> CommandResult<()> {
        println!(
            "  camera: face parameters set (threshold {}, enable {})",
            cmd.threshold, cmd.enable
        );
        self.lock().face_params = Some(cmd);
        Ok(())
    }

    async fn record_set(&self, cmd: RecordSet) -> CommandResult<()> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        println!(
            "  camera: recording set ({} min files, {:?})",
            cmd.file_len, cmd.strategy
        );
        self.lock().record_params = Some(cmd);
        Ok(())
    }

    async fn record_by_month(&self, cmd: RecordByMonth) -> CommandResult<Vec<DayCount>> {
        let month = cmd.calendar_month().ok_or_else(|| {
            CommandError::invalid_param(format!("month {} is not 0..=11", cmd.month))
        })?;
        let mut per_day: BTreeMap<u32, i64> = BTreeMap::new();
        for r in &self.lock().records {
            if let Some(t) = r.start_time {
                if i64::from(t.year()) == cmd.year && t.month() == month {
                    *per_day.entry(t.day()).or_default() += 1;
                }
            }
        }
        Ok(per_day
            .into_iter()
            .map(|(day, count)| DayCount {
                day: i64::from(day),
                count,
            })
            .collect())
    }

    async fn get_record_list(&self, cmd: GetRecordList) -> CommandResult<RecordList> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        let matching: Vec<RecordFile> = self
            .lock()
            .records
            .iter()
            .filter(|r| in_range(r.start_time, cmd.start_time, cmd.end_time))
            .cloned()
            .collect();
        let total = matching.len() as i64;
        Ok(RecordList {
            // validate() checked page_size 1..=500.
            total_page: (total + cmd.page_size - 1) / cmd.page_size,
            total_file: total,
            page_size: cmd.page_size,
            // 1.8: page_num starts at 0.
            recordlist: page(&matching, cmd.page_num, cmd.page_size, 0),
        })
    }

    async fn reboot(&self, cmd: Reboot) -> CommandResult<()> {
        // A real camera would answer first, then reboot after the delay.
        println!(
            "  camera: reboot requested in {:?} (simulated: not rebooting)",
            cmd.delay()
        );
        Ok(())
    }

    async fn face_cap_history(&self, cmd: FaceCapHistory) -> CommandResult<FaceCapHistoryResult> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        let matching: Vec<FaceCapture> = self
            .lock()
            .faces
            .iter()
            .filter(|f| in_range(Some(f.time), cmd.start_time, cmd.end_time))
            .filter(|f| filter_matches(cmd.name.as_ref(), f.name.as_deref().unwrap_or_default()))
            .cloned()
            .collect();
        Ok(FaceCapHistoryResult {
            face_total: matching.len() as i64,
            // 1.10: the example's first page is 1.
            face_list: page(&matching, cmd.page_num, cmd.page_size, 1),
        })
    }

    async fn pedestrian_cap_history(
        &self,
        cmd: PedestrianCapHistory,
    ) -> CommandResult<PedestrianCapHistoryResult> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        let matching: Vec<PedestrianCapture> = self
            .lock()
            .pedestrians
            .iter()
            .filter(|p| in_range(Some(p.time), cmd.start_time, cmd.end_time))
            .cloned()
            .collect();
        Ok(PedestrianCapHistoryResult {
            total: matching.len() as i64,
            // 1.11: the example's first page is 0.
            list: page(&matching, cmd.page_num, cmd.page_size, 0),
        })
    }

    async fn person_add(&self, cmd: PersonAdd) -> CommandResult<()> {
        // The seed's own example sends the placeholder "照片base64编码": a photo that
        // does not decode is kept out of the (simulated) face library, the person is
        // still stored, so a platform's add → query → list → delete flow works.
        let photo_len = match cmd.photo_bytes() {
            Ok(photo) => photo.len(),
            Err(e) => {
                println!(
                    "  camera: person {} has no usable photo ({e}); stored without a face",
                    cmd.pid
                );
                0
            }
        };
        let mut s = self.lock();
        s.photos.insert(cmd.pid.clone(), photo_len);
        s.persons.insert(
            cmd.pid.clone(),
            Person {
                photo: format!("data/facelib/{}.jpg", cmd.pid),
                pid: cmd.pid,
                name: cmd.name,
                work_id: cmd.work_id,
                id_card_no: cmd.id_card_no,
                ic_card_no: cmd.ic_card_no,
                gender: cmd.gender,
                age: cmd.age,
                department: cmd.department,
                category: cmd.category,
                phone: String::new(),
            },
        );
        Ok(())
    }

    async fn person_list(&self, cmd: PersonList) -> CommandResult<PersonListResult> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        let matching: Vec<Person> = self
            .lock()
            .persons
            .values()
            .filter(|p| cmd.category.is_none() || cmd.category == Some(p.category))
            .filter(|p| filter_matches(cmd.name.as_ref(), &p.name))
            .filter(|p| filter_matches(cmd.work_id.as_ref(), &p.work_id))
            .filter(|p| filter_matches(cmd.id_card.as_ref(), &p.id_card_no))
            .filter(|p| filter_matches(cmd.phone.as_ref(), &p.phone))
            .cloned()
            .collect();
        Ok(PersonListResult {
            total: matching.len() as i64,
            // 1.13: the example's first page is 1.
            list: page(&matching, cmd.page_num, cmd.page_size, 1),
        })
    }

    async fn person_query(&self, cmd: PersonQuery) -> CommandResult<Person> {
        self.lock()
            .persons
            .get(&cmd.pid)
            .cloned()
            .ok_or_else(|| CommandError::not_found(format!("no person with pid {}", cmd.pid)))
    }

    async fn person_delete(&self, cmd: PersonDelete) -> CommandResult<()> {
        // The seed marks pid optional without saying what a delete without it means:
        // this camera refuses it rather than guess "delete everyone".
        let pid = cmd
            .pid
            .ok_or_else(|| CommandError::invalid_param("pid is required"))?;
        let mut s = self.lock();
        s.photos.remove(&pid);
        s.persons
            .remove(&pid)
            .map(|_| ())
            .ok_or_else(|| CommandError::not_found(format!("no person with pid {pid}")))
    }

    async fn person_search(&self, cmd: PersonSearch) -> CommandResult<PersonSearchResult> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        // No face matcher in a simulation: every face capture in the range "matches"
        // with a fixed score, filtered by the threshold.
        let score = 90;
        let hits: Vec<SearchHit> = if score >= cmd.threshold {
            self.lock()
                .faces
                .iter()
                .filter(|f| in_range(Some(f.time), cmd.start_time, cmd.end_time))
                .map(|f| SearchHit {
                    time: f.time,
                    score,
                    jpeg_url_face: f.jpeg_url_face.clone().unwrap_or_default(),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(PersonSearchResult {
            total: hits.len() as i64,
            face_list: hits,
        })
    }
}

/// An optional text filter: absent or empty matches everything.
fn filter_matches(filter: Option<&String>, value: &str) -> bool {
    match filter {
        None => true,
        Some(f) => f.is_empty() || f == value,
    }
}

fn print_events(session: &Session) {
    let mut events = session.events();
    tokio::spawn(async move {
        while let Ok(e) = events.recv().await {
            match e {
                SessionEvent::HeartbeatAcked { .. } | SessionEvent::CommandReceived { .. } => {}
                SessionEvent::CommandAnswered { uri, code, .. } if !code.is_success() => {
                    println!("  event: answered {} with {code}", uri.trim())
                }
                SessionEvent::CommandAnswered { .. } => {}
                other => println!("  event: {other:?}"),
            }
        }
    });
}

/// After connecting: device info (2.2) and one face capture (2.1).
async fn power_on_uploads(http: &HttpClient, camera: &Camera) -> anyhow::Result<()> {
    http.report_device_info(DeviceInfoReport {
        fw_ver: Some("V1.0.3".into()),
        sw_ver: Some(env!("CARGO_PKG_VERSION").into()),
        os_ver: Some("Linux 5.10".into()),
        hw_ver: Some("HW-A2".into()),
        dev_name: Some("anfang demo camera".into()),
        ..Default::default()
    })
    .await
    .context("device info report (2.2)")?;
    println!("reported device info over HTTP (2.2)");
    let now = Utc::now();
    http.upload_face_capture(now, FACE_JPEG)
        .await
        .context("face capture upload (2.1)")?;
    camera.capture_face(now.naive_local());
    println!(
        "uploaded one face capture ({} bytes JPEG) (2.1)",
        FACE_JPEG.len()
    );
    Ok(())
}

fn run_secs() -> anyhow::Result<Option<u64>> {
    match std::env::var("LENFOCUS_RUN_SECS") {
        Ok(v) if !v.trim().is_empty() => {
            Ok(Some(v.trim().parse().context(
                "LENFOCUS_RUN_SECS must be a number of seconds",
            )?))
        }
        _ => Ok(None),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    logging::init();
    let run_secs = run_secs()?;
    // None of the variables set → the embedded simulator; all required ones → the real
    // platform; some but not all → an error naming the missing ones (never a silent
    // fallback to the simulator).
    match anfang::core::env::group(
        &[
            "LENFOCUS_WS_URL",
            "LENFOCUS_HTTP_URL",
            "LENFOCUS_SN",
            "LENFOCUS_SECURITY_CODE",
            "LENFOCUS_PRIVATE_KEY",
        ],
        &[
            "LENFOCUS_DID",
            "LENFOCUS_IP",
            "LENFOCUS_APP_ID",
            "LENFOCUS_SECRET",
        ],
    ) {
        Ok(None) => simulated_platform(run_secs).await,
        Ok(Some(_)) => real_platform(run_secs).await,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    }
}

/// Resolves when the run should end: `LENFOCUS_RUN_SECS` elapsed (counted from
/// `started`) or Ctrl-C. Without a signal handler (it cannot be installed), only the
/// deadline ends the run.
async fn stop_requested(started: tokio::time::Instant, run_secs: Option<u64>) {
    let deadline = async {
        match run_secs {
            Some(secs) => tokio::time::sleep_until(started + Duration::from_secs(secs)).await,
            None => std::future::pending().await,
        }
    };
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            eprintln!("Ctrl-C handler unavailable ({e}); set LENFOCUS_RUN_SECS to bound the run");
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        _ = deadline => {}
        _ = ctrl_c => {}
    }
}

async fn real_platform(run_secs: Option<u64>) -> anyhow::Result<()> {
    let started = tokio::time::Instant::now();
    // Every setting is checked before anything is opened: a missing or unreadable
    // LENFOCUS_PRIVATE_KEY is a typed configuration error naming the variable.
    let config = DeviceConfig::from_env().context("LENFOCUS_* configuration")?;
    println!("connecting {} to {}", config.sn, config.ws_url);
    let camera = Camera::with_sample_data();
    let device = Device::new(config);
    // 421 (not registered) → wait and retry every 30 s, or as soon as a did is stored;
    // LENFOCUS_RUN_SECS and Ctrl-C bound the wait too.
    let session = tokio::select! {
        s = device.connect_until_registered(camera.clone(), Duration::from_secs(30)) => {
            s.context("connect")?
        }
        _ = stop_requested(started, run_secs) => {
            anyhow::bail!("stopped before the platform accepted /connect (it kept answering 421 设备未注册, or had not answered yet)");
        }
    };
    print_events(&session);
    println!("connected; token valid, heartbeats running");
    // From here on every path shuts the session down before returning.
    let outcome = async {
        // LENFOCUS_HTTP_URL, plus LENFOCUS_APP_ID + LENFOCUS_SECRET when the deployment
        // requires the parameter signature.
        let http = HttpClient::from_env(session.clone())?;
        // An upload the platform refuses is reported, not fatal: the session goes on.
        tokio::select! {
            r = power_on_uploads(&http, &camera) => {
                if let Err(e) = r {
                    eprintln!("upload failed: {e:#}");
                }
            }
            _ = stop_requested(started, run_secs) => return Ok(()),
        }
        match run_secs {
            Some(secs) => println!("running for {secs} s in all (LENFOCUS_RUN_SECS)"),
            None => println!("running until Ctrl-C"),
        }
        // Commands are answered by the runtime whenever the platform sends them (it
        // may send none); heartbeats and renewals go on meanwhile.
        stop_requested(started, run_secs).await;
        anyhow::Ok(())
    }
    .await;
    session.shutdown().await;
    outcome?;
    println!("shut down cleanly");
    Ok(())
}

fn demo_person(pid: &str, name: &str) -> PersonAdd {
    PersonAdd {
        pid: pid.into(),
        name: name.into(),
        work_id: "10091".into(),
        id_card_no: "110101199003070000".into(),
        ic_card_no: "RF0001".into(),
        gender: Gender::Female,
        age: 27,
        department: "测试部".into(),
        photo: anfang::lenfocus::image::base64_image(FACE_JPEG),
        category: PersonCategory::White,
    }
}

fn list_all() -> PersonList {
    PersonList {
        page_num: 1,
        page_size: 32,
        category: None,
        name: None,
        work_id: None,
        id_card: None,
        phone: None,
    }
}

async fn simulated_platform(run_secs: Option<u64>) -> anyhow::Result<()> {
    const SN: &str = "Y3C122AP1234512";
    const CODE: &str = "AB12CD34";
    const DID: &str = "1234512";
    let started = tokio::time::Instant::now();

    // The platform: knows the device (with the embedded test key pair); 2 s tokens and
    // a 1 s heartbeat interval so renewals and heartbeats show within the demo.
    let sim = Simulator::builder()
        .device(SimDevice::with_test_key(SN, CODE, Some(DID.into())))
        .timings(Duration::from_secs(2), Duration::from_secs(1))
        .start()
        .await?;
    println!(
        "platform simulator: {} and {}",
        sim.ws_url(),
        sim.http_url()
    );

    let config = sim
        .device_config(SN)?
        .with_backoff(Duration::from_millis(100), Duration::from_secs(2));
    let camera = Camera::with_sample_data();
    let device = Device::new(config);
    let mut events = device.events();
    let session = device.connect(camera.clone()).await.context("connect")?;
    print_events(&session);
    println!("connected as {SN} (did {DID})");

    let http = sim.http_client(session.clone())?;
    power_on_uploads(&http, &camera).await?;

    println!("\nthe platform pushes every command:");
    let now = Utc::now().naive_local();
    let day_start = now.date().and_hms_opt(0, 0, 0).unwrap_or(now);
    let face_params: FaceParamSet = serde_json::from_value(serde_json::json!({
        "enable": true, "show_face": true, "show_human": true, "push_stranger": true,
        "push_face": true, "push_bg": true, "play_audio": false, "threshold": 50,
        "reg_threshold": 85, "mini_face": 50, "mini_human": 80, "quality_face": 50,
        "quality_human": 50, "server_enable": true,
        "alarm_out": {"interval": 10, "alarm_push": true}
    }))?;
    check(
        sim.push(SN, face_params).await?.data.code,
        "1.5 face parameters",
    )?;
    let record = RecordSet {
        normal_record: true,
        disconnect_record: true,
        alarm_record: true,
        audio_enable: false,
        file_len: 10,
        strategy: anfang::lenfocus::enums::RecordStrategy::Overwrite,
        face_server_enable: None,
        pre_record: PreRecord {
            enable: true,
            duration: 5,
        },
    };
    check(sim.push(SN, record).await?.data.code, "1.6 record settings")?;
    let month = sim
        .push(
            SN,
            RecordByMonth::for_month(i64::from(now.year()), now.month()),
        )
        .await?;
    println!(
        "  1.7 files per day this month: {:?}",
        month.data.result.unwrap_or_default()
    );
    let list = sim
        .push(
            SN,
            GetRecordList {
                start_time: now
                    .date()
                    .with_day(1)
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
                    .unwrap_or(day_start),
                end_time: now,
                page_num: 0,
                page_size: 4,
            },
        )
        .await?;
    if let Some(r) = list.data.result {
        println!(
            "  1.8 record list: {} files, {} pages, first page {} files",
            r.total_file,
            r.total_page,
            r.recordlist.len()
        );
    }
    check(
        sim.push(SN, Reboot { delay_ms: 1000 }).await?.data.code,
        "1.9 reboot",
    )?;
    let faces = sim
        .push(
            SN,
            FaceCapHistory {
                start_time: day_start,
                end_time: now + ChronoDuration::minutes(1),
                page_num: 1,
                page_size: 32,
                name: None,
                work_id: None,
                id_card: None,
                phone: None,
            },
        )
        .await?;
    println!(
        "  1.10 face captures today: {}",
        faces.data.result.map(|r| r.face_total).unwrap_or(0)
    );
    let peds = sim
        .push(
            SN,
            PedestrianCapHistory {
                start_time: day_start,
                end_time: now,
                page_num: 0,
                page_size: 32,
            },
        )
        .await?;
    println!(
        "  1.11 pedestrian captures today: {}",
        peds.data.result.map(|r| r.total).unwrap_or(0)
    );

    check(
        sim.push(SN, demo_person("18446744073709551615", "李四"))
            .await?
            .data
            .code,
        "1.12 person add",
    )?;
    let q = sim
        .push(
            SN,
            PersonQuery {
                pid: "18446744073709551615".into(),
            },
        )
        .await?;
    let person = q
        .data
        .result
        .context("1.14 person query returned nothing")?;
    println!(
        "  1.14 query → {} ({:?}, {})",
        person.name, person.category, person.photo
    );
    let l = sim.push(SN, list_all()).await?;
    println!(
        "  1.13 list → {} person(s)",
        l.data.result.map(|r| r.total).unwrap_or(0)
    );
    check(
        sim.push(
            SN,
            PersonDelete {
                pid: Some("18446744073709551615".into()),
            },
        )
        .await?
        .data
        .code,
        "1.15 person delete",
    )?;
    let gone = sim
        .push(
            SN,
            PersonQuery {
                pid: "18446744073709551615".into(),
            },
        )
        .await?;
    anyhow::ensure!(
        gone.data.code == ResultCode::ResourceNotFound,
        "deleted person still found"
    );
    println!("  1.14 query after delete → {}", gone.data.code);
    let hits = sim
        .push(
            SN,
            PersonSearch {
                photo: Some(anfang::lenfocus::image::base64_image(FACE_JPEG)),
                threshold: 80,
                start_time: day_start,
                end_time: now + ChronoDuration::minutes(1),
            },
        )
        .await?;
    println!(
        "  1.16 search by image → {} hit(s)",
        hits.data.result.map(|r| r.total).unwrap_or(0)
    );
    let unknown = sim
        .push_raw(SN, "/ivp/not_a_command", serde_json::json!({}))
        .await?;
    println!(
        "  unknown command answered with {:?}",
        unknown.data.code.map(|c| c.to_string())
    );

    println!("\nwaiting for a token renewal (2 s tokens, renewed at half-life)…");
    wait_event(&mut events, |e| {
        matches!(e, SessionEvent::TokenRenewed { .. })
    })
    .await?;

    println!("\nthe platform drops the connection:");
    sim.drop_connections();
    wait_event(&mut events, |e| {
        matches!(
            e,
            SessionEvent::Connected {
                reconnected: true,
                ..
            }
        )
    })
    .await?;
    check(
        sim.push(SN, demo_person("42", "王五")).await?.data.code,
        "person add after reconnect",
    )?;
    let l = sim.push(SN, list_all()).await?;
    println!(
        "  after reconnecting: list → {} person(s)",
        l.data.result.map(|r| r.total).unwrap_or(0)
    );

    if let Some(secs) = run_secs {
        println!("\nrunning until LENFOCUS_RUN_SECS={secs} elapses (heartbeats, renewals)…");
        stop_requested(started, run_secs).await;
    }
    println!(
        "\nplatform recorded {} upload(s) and {} command replies",
        sim.uploads().len(),
        sim.replies().len()
    );
    session.shutdown().await;
    println!("shut down cleanly");
    Ok(())
}

fn check(code: ResultCode, what: &str) -> anyhow::Result<()> {
    anyhow::ensure!(code.is_success(), "{what}: {code}");
    println!("  {what} → {code}");
    Ok(())
}

async fn wait_event(
    events: &mut tokio::sync::broadcast::Receiver<SessionEvent>,
    pred: impl Fn(&SessionEvent) -> bool,
) -> anyhow::Result<()> {
    tokio::time::timeout(Duration::from_secs(15), async {
        loop {
            match events.recv().await {
                Ok(e) if pred(&e) => return Ok(()),
                Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(e) => return Err(anyhow::anyhow!("event channel closed: {e}")),
            }
        }
    })
    .await
    .context("timed out waiting for a session event")?
}
