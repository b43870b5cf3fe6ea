//! Simulator chapter 2.5–2.7 数据管理 — record files, alarms and GPS (generated tracks).

use super::*;

/// The paths this chapter answers.
pub(super) const PATHS: &[&str] = &[
    ep::data::RecordFileList::PATH,
    ep::data::RecordFileUpdateLabel::PATH,
    ep::data::RecordFileDel::PATH,
    ep::data::SignedUrlRequest::PATH,
    ep::data::AlarmList::PATH,
    ep::data::AlarmUpdateDeal::PATH,
    ep::data::AlarmUpdateDel::PATH,
    ep::data::GpsList::PATH,
    ep::data::GpsListForLarge::PATH,
    ep::data::GpsStatsList::PATH,
];

impl State {
    /// Answers a request to one of [`PATHS`].
    #[allow(unused_variables)]
    pub(super) fn data(&mut self, path: &str, req: &Request, q: &Query) -> ResponseTemplate {
        match path {
            ep::data::RecordFileList::PATH => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let by_upload = q.int("timeType") == Some(1);
                let dev = q.str("devId");
                let ft = q.filter("fType");
                let lt = q.filter("lType");
                let items: Vec<&RecordFile> = self
                    .store
                    .files
                    .iter()
                    .filter(|f| {
                        let t = if by_upload {
                            f.upload_time
                        } else {
                            f.file_time
                        };
                        t.is_some_and(|t| t >= st && t < et)
                    })
                    .filter(|f| dev.map_or(true, |d| f.dev_id.as_deref() == Some(d)))
                    .filter(|f| ft.map_or(true, |v| f.f_type.map(|x| x.code()) == Some(v)))
                    .filter(|f| lt.map_or(true, |v| f.l_type.map(|x| x.code()) == Some(v)))
                    .collect();
                paged(q, "pagesize", 1000, &items)
            }
            ep::data::RecordFileUpdateLabel::PATH => {
                let id = q.str("id").map(str::to_owned);
                let Some(l) = q.int("lType") else {
                    return fail(303);
                };
                match self.store.files.iter_mut().find(|f| f.id == id) {
                    Some(f) => {
                        f.l_type = Some(LabelType::from_code(l));
                        ack()
                    }
                    None => fail(404),
                }
            }
            ep::data::RecordFileDel::PATH => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.files, 404, |f| f.id == id)
            }
            ep::data::SignedUrlRequest::PATH => {
                let Some(id) = q.str("id") else {
                    return fail(303);
                };
                let expires = q.int("expires").unwrap_or(86_400);
                if !(1..=7 * 86_400).contains(&expires) {
                    return fail_msg(303, "expires 不得大于 7 天");
                }
                let Some(f) = self
                    .store
                    .files
                    .iter()
                    .find(|f| f.id.as_deref() == Some(id))
                else {
                    return fail(404);
                };
                let path = f.path.clone().unwrap_or_default();
                let until = now_naive() + TimeDelta::seconds(expires);
                ok(json!({
                    "pubUrl": format!("https://oss.example.invalid{path}?sig=sim"),
                    "privateUrl": format!("http://10.0.0.2{path}?sig=sim"),
                    "relativePath": path,
                    "expires": until.format(DATETIME_FORMAT).to_string(),
                    "contentType": "video/mp4",
                }))
            }
            ep::data::AlarmList::PATH => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let dev = q.str("devId");
                let at = q.filter("alarmType");
                let ds = q.filter("dealStatus");
                let items: Vec<&Alarm> = self
                    .store
                    .alarms
                    .iter()
                    .filter(|a| a.alarm_time.is_some_and(|t| t >= st && t < et))
                    .filter(|a| dev.map_or(true, |d| a.dev_id.as_deref() == Some(d)))
                    .filter(|a| at.map_or(true, |v| a.alarm_type.map(|x| x.code()) == Some(v)))
                    .filter(|a| ds.map_or(true, |v| a.deal_status.map(|x| x.code()) == Some(v)))
                    .collect();
                paged(q, "pagesize", 1000, &items)
            }
            ep::data::AlarmUpdateDeal::PATH => {
                let id = q.str("id").map(str::to_owned);
                let Some(status) = q.int("dealStatus") else {
                    return fail(303);
                };
                let user = self.config.username.clone();
                match self.store.alarms.iter_mut().find(|a| a.id == id) {
                    Some(a) => {
                        a.deal_type = Some(DealType::Manual);
                        a.deal_status = Some(DealStatus::from_code(status));
                        a.deal_desc = q.str("dealDesc").map(str::to_owned);
                        a.deal_user = Some(user);
                        a.deal_time = Some(now_naive());
                        ack()
                    }
                    None => fail(404),
                }
            }
            ep::data::AlarmUpdateDel::PATH => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.alarms, 404, |a| a.id == id)
            }
            ep::data::GpsList::PATH => self.gps_list(q),
            ep::data::GpsListForLarge::PATH => self.gps_large(q),
            ep::data::GpsStatsList::PATH => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let devs =
                    self.devices_matching(q.str("devId"), q.filter("groupId").filter(|g| *g != 0));
                let per_day = 86_400 / self.config.gps_interval.as_secs().max(1);
                let mut items = Vec::new();
                for day in days(st, et) {
                    for d in &devs {
                        items.push(GpsStats {
                            id: Some(format!("{d}-{}", day.format("%Y%m%d"))),
                            enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
                            group_id: Some(11),
                            dev_id: Some(d.clone()),
                            day: day.and_hms_opt(0, 0, 0),
                            distance_total: Some(12_566.0),
                            duration_total: Some(1440.0),
                            record_total: Some(per_day as f64),
                        });
                    }
                }
                paged(q, "pagesize", 1000, &items)
            }
            _ => not_found(),
        }
    }

    /// The aligned point times in `[st, et)`: (first index, count).
    fn track_span(&self, st: NaiveDateTime, et: NaiveDateTime) -> (i64, i64) {
        let step = self.config.gps_interval.as_secs().max(1) as i64;
        let s = st.and_utc().timestamp();
        let e = et.and_utc().timestamp();
        let first = s.div_euclid(step) + i64::from(s.rem_euclid(step) != 0);
        let end = e.div_euclid(step) + i64::from(e.rem_euclid(step) != 0); // exclusive
        (first, (end - first).max(0))
    }

    fn gps_list(&self, q: &Query) -> ResponseTemplate {
        let (Some(st), Some(et), Some(dev)) = (q.time("st"), q.time("et"), q.str("devId")) else {
            return fail_msg(303, "st/et/devId 必填");
        };
        if !self.known_device(dev) {
            return fail(304);
        }
        let step = self.config.gps_interval.as_secs().max(1) as i64;
        let (first, count) = self.track_span(st, et);
        let page = q.int("page").unwrap_or(1).max(1);
        let size = q.int("pagesize").unwrap_or(17_280).max(1);
        let start = (page - 1).saturating_mul(size);
        let n = (count - start).clamp(0, size);
        let data: Vec<Value> = (start..start + n)
            .filter_map(|i| {
                let k = first + i;
                let t = DateTime::from_timestamp(k * step, 0)?.naive_utc();
                Some(to_value(&position_at(dev, i as u64, t)))
            })
            .collect();
        if q.format1 {
            return ok(Value::Array(data));
        }
        ResponseTemplate::new(200).set_body_json(json!({
            "code": 0, "msg": "success", "count": count, "data": data,
        }))
    }

    fn gps_large(&self, q: &Query) -> ResponseTemplate {
        let (Some(st), Some(et), Some(dev)) = (q.time("st"), q.time("et"), q.str("devId")) else {
            return fail_msg(303, "st/et/devId 必填");
        };
        if !self.known_device(dev) {
            return fail(304);
        }
        let step = self.config.gps_interval.as_secs().max(1) as i64;
        let (first, count) = self.track_span(st, et);
        let size = q.int("pagesize").unwrap_or(604_800).max(1);
        let n = count.min(size);
        // Written by hand: fast even for 604,800 points in an unoptimised build.
        let mut out = String::with_capacity(64 + n as usize * 56);
        out.push_str("{\"Result\":200,\"Message\":null,\"Content\":{\"gps\":[");
        let mut day_key = i64::MIN;
        let mut day_text = String::new();
        for i in 0..n {
            let secs = (first + i) * step;
            let day = secs.div_euclid(86_400);
            if day != day_key {
                day_key = day;
                day_text = DateTime::from_timestamp(day * 86_400, 0)
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default();
            }
            let sod = secs.rem_euclid(86_400);
            let Some(t) = DateTime::from_timestamp(secs, 0).map(|d| d.naive_utc()) else {
                continue;
            };
            let p = track_point(t);
            if i > 0 {
                out.push(',');
            }
            let _ = write!(
                out,
                "[\"{day_text} {:02}:{:02}:{:02}\",{},{},{}]",
                sod / 3600,
                sod / 60 % 60,
                sod % 60,
                p.lng,
                p.lat,
                p.accuracy.unwrap_or(0.0)
            );
        }
        out.push_str("]}}");
        ResponseTemplate::new(200).set_body_raw(out, "application/json")
    }
}

pub(super) fn position_at(dev: &str, index: u64, time: NaiveDateTime) -> Position {
    let p = track_point(time);
    Position {
        id: Some(format!("{dev}-{}", time.and_utc().timestamp())),
        enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
        group_id: Some(11),
        dev_id: Some(dev.to_owned()),
        lng: Some(p.lng),
        lat: Some(p.lat),
        speed: Some((index % 20) as f64),
        direct: Some((index % 360) as f64),
        gps_time: Some(time),
        network_type: Some(NetworkType::Cellular),
        gps_type: Some(GpsType::Satellite),
        accuracy: p.accuracy,
        addr: None,
    }
}
