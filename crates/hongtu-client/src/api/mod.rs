//! Every Hongtu OpenAPI endpoint as a typed request struct implementing [`client_core::Endpoint`].
//! One submodule per seed module (hongtu-aiot-openapi.txt), named after it.

pub mod security_config;

pub mod person;

pub mod org;

pub mod group;

pub mod device;

pub mod time_plan;

pub mod door;

pub mod door_alarm;

pub mod pass_permission;

pub mod pass_record;

pub mod attendance_device;

pub mod attendance_group;

pub mod attendance_record;

pub mod attendance_statistics;

pub mod attendance_adjust;

pub mod rule;

pub mod recognition_record;

pub mod person_track;

pub mod cluster;

pub mod face_compare;

pub mod vehicle;

pub mod vehicle_control;

pub mod vehicle_control_record;

pub mod vehicle_track;

pub mod structure_search;

pub mod area_alert;

pub mod video;

pub mod sys_config;

pub mod subscription;

pub mod misc;

pub mod maintenance;

mod util;
