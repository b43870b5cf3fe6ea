//! Simulator chapter 2.2–2.4 组织及设备管理 — enterprises, fixed groups, devices and channels.

use super::*;

/// The paths this chapter answers.
pub(super) const PATHS: &[&str] = &[
    ep::org::EnterList::PATH,
    ep::org::EnterAdd::PATH,
    ep::org::EnterEdit::PATH,
    ep::org::EnterDelete::PATH,
    ep::org::GroupList::PATH,
    ep::org::GroupAdd::PATH,
    ep::org::GroupEdit::PATH,
    ep::org::GroupDelete::PATH,
    ep::org::DevList::PATH,
    ep::org::DevAdd::PATH,
    ep::org::DevEdit::PATH,
    ep::org::DevDelete::PATH,
    ep::org::DevChnUpdate::PATH,
];

impl State {
    /// Answers a request to one of [`PATHS`].
    #[allow(unused_variables)]
    pub(super) fn org(&mut self, path: &str, req: &Request, q: &Query) -> ResponseTemplate {
        match path {
            ep::org::EnterList::PATH => {
                let Some(parent) = q.int("enterId") else {
                    return fail_msg(303, "enterId 必填");
                };
                let kw = q.str("keywords");
                let items: Vec<&Enterprise> = self
                    .store
                    .enterprises
                    .iter()
                    .filter(|e| parent == 0 || e.parent_id == Some(parent))
                    .filter(|e| kw.map_or(true, |k| contains(&e.enter_name, k)))
                    .collect();
                paged(q, "pageSize", 1000, &items)
            }
            ep::org::EnterAdd::PATH | ep::org::EnterEdit::PATH => {
                let e: Enterprise = body_or_return!(req);
                if e.enter_name.as_deref().map_or(true, str::is_empty) {
                    return fail(303);
                }
                if path.ends_with("Add") {
                    if self
                        .store
                        .enterprises
                        .iter()
                        .any(|x| x.enter_name == e.enter_name)
                    {
                        return fail(302);
                    }
                    let id = self.store.next();
                    let parent = match e.parent_id {
                        Some(0) | None => SIM_ENTERPRISE_ID,
                        Some(p) => p,
                    };
                    self.store.enterprises.push(Enterprise {
                        id: Some(id),
                        parent_id: Some(parent),
                        create_date_time: Some(now_naive()),
                        is_deleted: Some(false),
                        enter_password: None,
                        ..e
                    });
                    ack()
                } else {
                    let Some(x) = self.store.enterprises.iter_mut().find(|x| x.id == e.id) else {
                        return fail(305);
                    };
                    x.enter_name = e.enter_name;
                    x.contact = e.contact.or(x.contact.take());
                    x.telephone = e.telephone.or(x.telephone.take());
                    x.address = e.address.or(x.address.take());
                    x.remark = e.remark.or(x.remark.take());
                    ack()
                }
            }
            ep::org::EnterDelete::PATH => {
                let id = q.int("id");
                if self.store.enterprises.iter().any(|e| e.parent_id == id)
                    || self.store.devices.iter().any(|d| d.enter_id == id)
                {
                    return fail_msg(405, "企业非空，不可删除");
                }
                remove_where(&mut self.store.enterprises, 305, |e| e.id == id)
            }
            ep::org::GroupList::PATH => {
                keyword_page(q, &self.store.groups, |g, k| contains(&g.group_name, k))
            }
            ep::org::GroupAdd::PATH | ep::org::GroupEdit::PATH => {
                let g: Group = body_or_return!(req);
                if g.group_name.as_deref().map_or(true, str::is_empty) {
                    return fail(303);
                }
                if path.ends_with("Add") {
                    let id = self.store.next();
                    self.store.groups.push(Group {
                        id: Some(id),
                        group_type: g.group_type.or(Some(GroupType::Fixed)),
                        enter_id: Some(SIM_ENTERPRISE_ID),
                        p_group_id: g.p_group_id.or(Some(0)),
                        create_date_time: Some(now_naive()),
                        is_deleted: Some(false),
                        ..g
                    });
                } else {
                    let Some(x) = self.store.groups.iter_mut().find(|x| x.id == g.id) else {
                        return fail(404);
                    };
                    x.group_name = g.group_name;
                    if g.gb28181_props.is_some() {
                        x.gb28181_props = g.gb28181_props;
                    }
                    if g.p_group_id.is_some() {
                        x.p_group_id = g.p_group_id;
                    }
                }
                ack()
            }
            ep::org::GroupDelete::PATH => {
                let id = q.int("id");
                if self.store.devices.iter().any(|d| d.group_id == id)
                    || self
                        .store
                        .groups
                        .iter()
                        .any(|g| g.p_group_id == id && id.is_some())
                {
                    return fail_msg(405, "组非空，不可删除");
                }
                remove_where(&mut self.store.groups, 404, |g| g.id == id)
            }
            ep::org::DevList::PATH => {
                let group = q.int("groupId").filter(|g| *g != 0);
                let kw = q.str("keywords");
                let items: Vec<&Device> = self
                    .store
                    .devices
                    .iter()
                    .filter(|d| group.map_or(true, |g| d.group_id == Some(g)))
                    .filter(|d| {
                        kw.map_or(true, |k| {
                            contains(&d.device_id, k) || contains(&d.device_name, k)
                        })
                    })
                    .collect();
                paged(q, "pageSize", 1000, &items)
            }
            ep::org::DevAdd::PATH | ep::org::DevEdit::PATH => {
                let d: Device = body_or_return!(req);
                let Some(dev_id) = d.device_id.clone().filter(|s| !s.is_empty()) else {
                    return fail(304);
                };
                if path.ends_with("Add") {
                    if self
                        .store
                        .devices
                        .iter()
                        .any(|x| x.device_id.as_deref() == Some(&dev_id))
                    {
                        return fail(302);
                    }
                    let id = self.store.next();
                    self.store.devices.push(Device {
                        id: Some(id),
                        enter_id: Some(SIM_ENTERPRISE_ID),
                        status: Some(OnlineStatus::Offline),
                        create_date_time: Some(now_naive()),
                        password: None,
                        ..d
                    });
                } else {
                    let Some(x) = self
                        .store
                        .devices
                        .iter_mut()
                        .find(|x| x.device_id.as_deref() == Some(&dev_id))
                    else {
                        return fail(304);
                    };
                    x.device_name = d.device_name.or(x.device_name.take());
                    x.sim = d.sim.or(x.sim.take());
                    x.remark = d.remark.or(x.remark.take());
                    x.group_id = d.group_id.filter(|g| *g != 0).or(x.group_id);
                    x.props = d.props.or(x.props.take());
                    x.serial_number = d.serial_number.or(x.serial_number.take());
                }
                ack()
            }
            ep::org::DevDelete::PATH => {
                let Some(dev) = q.str("deviceId").or(q.str("devId")).map(str::to_owned) else {
                    return fail(304);
                };
                remove_where(&mut self.store.devices, 304, |d| {
                    d.device_id.as_deref() == Some(&dev)
                })
            }
            ep::org::DevChnUpdate::PATH => {
                #[derive(serde::Deserialize)]
                #[serde(rename_all = "camelCase")]
                struct B {
                    device_id: String,
                    #[serde(rename = "deviceChennelList", default)]
                    channels: Vec<Channel>,
                }
                let b: B = body_or_return!(req);
                let next = self.store.next_id;
                let Some(dev) = self
                    .store
                    .devices
                    .iter_mut()
                    .find(|d| d.device_id.as_deref() == Some(&b.device_id))
                else {
                    return fail(304);
                };
                let list = dev.channels.get_or_insert_with(Vec::new);
                let mut added = 0;
                for c in b.channels {
                    match c.status {
                        Some(ChannelOp::Delete) => list.retain(|x| x.id != c.id),
                        _ => {
                            added += 1;
                            list.push(Channel {
                                id: Some(next + added),
                                status: None,
                                ..c
                            });
                        }
                    }
                }
                self.store.next_id += added;
                ack()
            }
            _ => not_found(),
        }
    }
}

pub(super) fn make_device(n: usize, id: i64) -> Device {
    let multi = n % 5 == 0;
    Device {
        id: Some(id),
        device_id: Some(sim_device_id(n)),
        device_name: Some(format!("Device {n}")),
        device_type: Some(if multi {
            DeviceType::MultiChannelVideo
        } else {
            DeviceType::Video
        }),
        serial_number: Some(format!("SN{n:06}")),
        sim: Some(format!("1380000{n:04}")),
        status: Some(if n % 3 == 0 {
            OnlineStatus::Offline
        } else {
            OnlineStatus::Online
        }),
        enter_id: Some(SIM_ENTERPRISE_ID),
        group_id: Some(if n % 2 == 0 { 11 } else { 12 }),
        gps_time: sim_day().and_hms_opt(8, 0, 0),
        lng: Some(114.05),
        lat: Some(22.55),
        create_date_time: sim_day().and_hms_opt(0, 0, 0),
        channels: multi.then(|| {
            (1..=2)
                .map(|c| Channel {
                    id: Some(c),
                    code: Some(c.to_string()),
                    name: Some(format!("CH{c}")),
                    ptz: Some(Ptz::No),
                    ..Channel::default()
                })
                .collect()
        }),
        props: Some(DeviceProps {
            enable_video: Some(true),
            enable_audio: Some(true),
            enable_position: Some(true),
            subscribe_gps: Some(Subscription::Subscribed),
            ..DeviceProps::default()
        }),
        ..Device::default()
    }
}

pub(super) fn seed(config: &Config) -> Store {
    let mut s = Store {
        next_id: 1000,
        ..Store::default()
    };
    let created = sim_day().and_hms_opt(0, 0, 0);
    s.enterprises.push(Enterprise {
        id: Some(SIM_ENTERPRISE_ID),
        enter_name: Some("Demo Enterprise".into()),
        parent_id: Some(0),
        contact: Some("Zhang".into()),
        telephone: Some("075512345678".into()),
        address: Some("Shenzhen".into()),
        create_date_time: created,
        is_deleted: Some(false),
        enter_login_name: Some("admin".into()),
        ..Enterprise::default()
    });
    for (id, name) in [(11, "Patrol A"), (12, "Patrol B")] {
        s.groups.push(Group {
            id: Some(id),
            group_type: Some(GroupType::Fixed),
            group_name: Some(name.into()),
            enter_id: Some(SIM_ENTERPRISE_ID),
            p_group_id: Some(0),
            create_date_time: created,
            is_deleted: Some(false),
            ..Group::default()
        });
    }
    for n in 1..=config.devices {
        let id = s.next();
        s.devices.push(make_device(n, id));
    }
    // Four files and four alarms per device on the simulator day.
    let devices: Vec<String> = s
        .devices
        .iter()
        .filter_map(|d| d.device_id.clone())
        .collect();
    for (i, dev) in devices.iter().enumerate() {
        for k in 0..4u32 {
            let at = sim_day().and_hms_opt(8 + k, (i % 60) as u32, 0);
            let fid = format!("f{:08}", s.next());
            s.files.push(RecordFile {
                id: Some(fid.clone()),
                enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
                group_id: Some(11),
                dev_id: Some(dev.clone()),
                title: Some(format!("{dev} clip {k}")),
                f_type: Some(FileType::from_code(i64::from(k % 4))),
                l_type: Some(LabelType::Normal),
                upload_time: at,
                file_name: Some(format!("{fid}.mp4")),
                path: Some(format!("/files/{fid}.mp4")),
                file_time: at,
                file_len: Some(1_048_576),
                duration: Some(60),
                store_type: Some(StoreType::Oss),
                lng: Some(114.05),
                lat: Some(22.55),
                ..RecordFile::default()
            });
            let aid = format!("a{:08}", s.next());
            s.alarms.push(Alarm {
                id: Some(aid),
                enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
                group_id: Some(11),
                dev_id: Some(dev.clone()),
                alarm_type: Some(if k % 2 == 0 {
                    AlarmType::Sos
                } else {
                    AlarmType::OverSpeed
                }),
                status: Some(AlarmStatus::Started),
                alarm_time: at,
                alarm_desc: Some("simulated".into()),
                deal_type: Some(DealType::Manual),
                deal_status: Some(DealStatus::Unhandled),
                gps_model: at.map(|t| super::data::position_at(dev, 0, t)),
                ..Alarm::default()
            });
        }
    }
    s.dispatch.push(DispatchGroup {
        id: Some(41),
        group_type: Some(GroupType::Intercom),
        group_name: Some("Intercom 1".into()),
        enter_id: Some(SIM_ENTERPRISE_ID),
        p_group_id: Some(11),
        create_date_time: created,
        is_deleted: Some(false),
        device_list: Some(Vec::new()),
    });
    s.geofences.push(Geofence {
        id: Some("g1".into()),
        name: Some("Depot".into()),
        fence_type: Some(GeofenceType::Fence),
        in_or_out: Some(InOrOut::NotSet),
        point_list: Some(vec![
            LatLng::new(22.5503, 114.1010),
            LatLng::new(22.5603, 114.1010),
            LatLng::new(22.5603, 114.1110),
        ]),
        dev_list: Some(vec![sim_device_id(1)]),
        enter_id: Some(SIM_ENTERPRISE_ID),
        group_id: Some(11),
        admin_account: Some(config.username.clone()),
        ..Geofence::default()
    });
    s
}
