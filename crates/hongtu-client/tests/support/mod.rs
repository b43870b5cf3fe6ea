//! Test helpers shared by the hostile-server and secret tests.
#![allow(dead_code)]

pub mod raw_server;
