//! Simulator chapter 2.40 扩展接口 — device tree and online records.

use super::*;

/// The paths this chapter answers.
pub(super) const PATHS: &[&str] = &[ep::ext::DevTree::PATH, ep::ext::DevOnlineList::PATH];

impl State {
    /// Answers a request to one of [`PATHS`].
    #[allow(unused_variables)]
    pub(super) fn ext(&mut self, path: &str, req: &Request, q: &Query) -> ResponseTemplate {
        match path {
            ep::ext::DevTree::PATH => {
                let mut nodes = Vec::new();
                for e in &self.store.enterprises {
                    nodes.push(json!({"id": e.id, "pid": e.parent_id, "text": e.enter_name, "type": 1, "data": to_value(e)}));
                }
                for g in &self.store.groups {
                    nodes.push(json!({"id": g.id, "pid": g.enter_id, "text": g.group_name, "type": 2, "data": to_value(g)}));
                }
                for d in &self.store.devices {
                    let mut node = json!({"id": d.id, "pid": d.group_id, "text": d.device_name, "type": 3, "data": to_value(d)});
                    if let (Some(ch), Some(obj)) = (&d.channels, node.as_object_mut()) {
                        obj.insert("extras".into(), to_value(ch));
                    }
                    nodes.push(node);
                }
                ok(Value::Array(nodes))
            }
            ep::ext::DevOnlineList::PATH => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let devs =
                    self.devices_matching(q.str("devId"), q.filter("groupId").filter(|g| *g != 0));
                let mut items = Vec::new();
                for day in days(st, et) {
                    for d in &devs {
                        for (h, status) in [(8, OnlineEvent::Online), (18, OnlineEvent::Offline)] {
                            let Some(t) = day.and_hms_opt(h, 0, 0) else {
                                continue;
                            };
                            let p = track_point(t);
                            items.push(OnlineRecord {
                                id: Some(format!("{d}-{}", t.and_utc().timestamp())),
                                enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
                                group_id: Some(11),
                                dev_id: Some(d.clone()),
                                status: Some(status),
                                time: Some(t),
                                lng: Some(p.lng),
                                lat: Some(p.lat),
                            });
                        }
                    }
                }
                paged(q, "pagesize", 1000, &items)
            }
            _ => not_found(),
        }
    }
}
