//! Simulator chapter 2.8–2.10 应用管理 — dispatch groups, geofences and work orders.

use super::*;

/// The paths this chapter answers.
pub(super) const PATHS: &[&str] = &[
    ep::app::DispatchGroupList::PATH,
    ep::app::DispatchGroupAdd::PATH,
    ep::app::DispatchGroupEdit::PATH,
    ep::app::DispatchGroupDelete::PATH,
    ep::app::DispatchGroupDeviceUpdate::PATH,
    ep::app::GeofenceList::PATH,
    ep::app::GeofenceAdd::PATH,
    ep::app::GeofenceEdit::PATH,
    ep::app::GeofenceDelete::PATH,
    ep::app::GeofenceAccessList::PATH,
    ep::app::TaskList::PATH,
    ep::app::TaskAdd::PATH,
    ep::app::TaskUpdate::PATH,
    ep::app::TaskUpdateStatus::PATH,
    ep::app::TaskUpdateDest::PATH,
    ep::app::TaskDelete::PATH,
];

impl State {
    /// Answers a request to one of [`PATHS`].
    #[allow(unused_variables)]
    pub(super) fn app(&mut self, path: &str, req: &Request, q: &Query) -> ResponseTemplate {
        match path {
            ep::app::DispatchGroupList::PATH => {
                keyword_page(q, &self.store.dispatch, |g, k| contains(&g.group_name, k))
            }
            ep::app::DispatchGroupAdd::PATH => {
                let g: DispatchGroup = body_or_return!(req);
                if g.group_name.as_deref().map_or(true, str::is_empty) {
                    return fail(303);
                }
                if !matches!(
                    g.group_type,
                    Some(
                        GroupType::Intercom
                            | GroupType::VideoConference
                            | GroupType::PhoneConference
                    )
                ) {
                    return fail_msg(303, "groupType 必须为 4/5/6");
                }
                let id = self.store.next();
                self.store.dispatch.push(DispatchGroup {
                    id: Some(id),
                    enter_id: Some(SIM_ENTERPRISE_ID),
                    p_group_id: Some(11),
                    create_date_time: Some(now_naive()),
                    is_deleted: Some(false),
                    device_list: Some(Vec::new()),
                    ..g
                });
                ack()
            }
            ep::app::DispatchGroupEdit::PATH => {
                let g: DispatchGroup = body_or_return!(req);
                match self.store.dispatch.iter_mut().find(|x| x.id == g.id) {
                    Some(x) => {
                        x.group_name = g.group_name;
                        ack()
                    }
                    None => fail(404),
                }
            }
            ep::app::DispatchGroupDelete::PATH => {
                let id = q.int("id");
                remove_where(&mut self.store.dispatch, 404, |g| g.id == id)
            }
            ep::app::DispatchGroupDeviceUpdate::PATH => {
                let b: crate::api::app::DispatchGroupDeviceUpdate = body_or_return!(req);
                let devices = self.store.devices.clone();
                let Some(g) = self.store.dispatch.iter_mut().find(|x| x.id == Some(b.id)) else {
                    return fail(404);
                };
                let members = g.device_list.get_or_insert_with(Vec::new);
                for m in b.device_list {
                    members.retain(|d| d.device_id.as_deref() != Some(&m.device_id));
                    if m.status == MemberOp::Join {
                        match devices
                            .iter()
                            .find(|d| d.device_id.as_deref() == Some(&m.device_id))
                        {
                            Some(d) => members.push(d.clone()),
                            None => return fail(304),
                        }
                    }
                }
                ack()
            }
            ep::app::GeofenceList::PATH => {
                keyword_page(q, &self.store.geofences, |g, k| contains(&g.name, k))
            }
            ep::app::GeofenceAdd::PATH | ep::app::GeofenceEdit::PATH => {
                let g: Geofence = body_or_return!(req);
                if g.name.as_deref().map_or(true, str::is_empty)
                    || g.point_list.as_ref().map_or(true, Vec::is_empty)
                {
                    return fail(303);
                }
                if path.ends_with("Add") {
                    let id = format!("g{}", self.store.next());
                    let admin = self.config.username.clone();
                    self.store.geofences.push(Geofence {
                        id: Some(id),
                        enter_id: Some(SIM_ENTERPRISE_ID),
                        group_id: Some(11),
                        admin_account: Some(admin),
                        ..g
                    });
                } else {
                    let Some(x) = self
                        .store
                        .geofences
                        .iter_mut()
                        .find(|x| x.id == g.id && g.id.is_some())
                    else {
                        return fail(404);
                    };
                    x.name = g.name;
                    x.in_or_out = g.in_or_out;
                    x.start_time = g.start_time;
                    x.end_time = g.end_time;
                    x.point_list = g.point_list;
                    if g.dev_list.is_some() {
                        x.dev_list = g.dev_list;
                    }
                }
                ack()
            }
            ep::app::GeofenceDelete::PATH => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.geofences, 404, |g| g.id == id)
            }
            ep::app::GeofenceAccessList::PATH => {
                let (Some(st), Some(et), Some(dev)) = (q.time("st"), q.time("et"), q.str("devId"))
                else {
                    return fail_msg(303, "st/et/devId 必填");
                };
                let fences: Vec<&Geofence> = self
                    .store
                    .geofences
                    .iter()
                    .filter(|g| {
                        g.dev_list
                            .as_ref()
                            .is_some_and(|l| l.iter().any(|d| d == dev))
                    })
                    .collect();
                let mut items = Vec::new();
                for day in days(st, et) {
                    for f in &fences {
                        items.push(GeofenceAccess {
                            id: Some(format!(
                                "{}-{dev}-{}",
                                f.id.as_deref().unwrap_or(""),
                                day.format("%Y%m%d")
                            )),
                            enter_id: Some(SIM_ENTERPRISE_ID),
                            group_id: Some(11),
                            dev_id: Some(dev.to_owned()),
                            status: Some(AccessStatus::Left),
                            start_time: day.and_hms_opt(9, 0, 0),
                            end_time: day.and_hms_opt(9, 30, 0),
                            fence_id: f.id.clone(),
                            fence_name: f.name.clone(),
                            duration: Some(1800.0),
                            mileage: Some(950.5),
                        });
                    }
                }
                paged(q, "pageSize", 1000, &items)
            }
            ep::app::TaskList::PATH => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let status = q.filter("status");
                let tt = q.filter("taskType");
                let dev = q.str("devId");
                let items: Vec<&Task> = self
                    .store
                    .tasks
                    .iter()
                    .filter(|t| t.create_time.is_some_and(|c| c >= st && c < et))
                    .filter(|t| status.map_or(true, |s| t.status.map(|x| x.code()) == Some(s)))
                    .filter(|t| tt.map_or(true, |s| t.task_type.map(|x| x.code()) == Some(s)))
                    .filter(|t| dev.map_or(true, |d| t.dev_id.as_deref() == Some(d)))
                    .collect();
                paged(q, "pageSize", 5000, &items)
            }
            ep::app::TaskAdd::PATH | ep::app::TaskUpdate::PATH => {
                let t: Task = body_or_return!(req);
                if t.work_no.as_deref().map_or(true, str::is_empty)
                    || t.title.as_deref().map_or(true, str::is_empty)
                {
                    return fail(303);
                }
                if path.ends_with("Add") {
                    if self.store.tasks.iter().any(|x| x.work_no == t.work_no) {
                        return fail(302);
                    }
                    let id = format!("t{:023}", self.store.next());
                    self.store.tasks.push(Task {
                        id: Some(id),
                        create_time: Some(now_naive()),
                        status: Some(TaskStatus::Pending),
                        ..t
                    });
                } else {
                    let Some(x) = self
                        .store
                        .tasks
                        .iter_mut()
                        .find(|x| x.id == t.id && t.id.is_some())
                    else {
                        return fail(404);
                    };
                    if x.status == Some(TaskStatus::Running) {
                        return fail_msg(405, "正在执行的工单不可修改");
                    }
                    x.work_no = t.work_no;
                    x.title = t.title;
                    x.task_type = t.task_type;
                    x.remark = t.remark;
                    x.custom = t.custom;
                }
                ack()
            }
            ep::app::TaskUpdateStatus::PATH => {
                let id = q.str("id").map(str::to_owned);
                let Some(s) = q.int("status") else {
                    return fail(303);
                };
                match self.store.tasks.iter_mut().find(|t| t.id == id) {
                    Some(t) => {
                        t.status = Some(TaskStatus::from_code(s));
                        match t.status {
                            Some(TaskStatus::Running) => t.start_time = Some(now_naive()),
                            Some(TaskStatus::Done) => t.end_time = Some(now_naive()),
                            _ => {}
                        }
                        ack()
                    }
                    None => fail(404),
                }
            }
            ep::app::TaskUpdateDest::PATH => {
                let id = q.str("id").map(str::to_owned);
                let Some(dest) = q.str("destDevId").map(str::to_owned) else {
                    return fail(304);
                };
                if !self
                    .store
                    .devices
                    .iter()
                    .any(|d| d.device_id.as_deref() == Some(&dest))
                {
                    return fail(304);
                }
                match self.store.tasks.iter_mut().find(|t| t.id == id) {
                    Some(t) => {
                        t.dev_id = Some(dest);
                        ack()
                    }
                    None => fail(404),
                }
            }
            ep::app::TaskDelete::PATH => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.tasks, 404, |t| t.id == id)
            }
            _ => not_found(),
        }
    }
}
