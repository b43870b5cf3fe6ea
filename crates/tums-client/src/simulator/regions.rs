//! The simulator's region tree (1.4.2 分组管理).

use crate::api::region as api;
use client_core::Endpoint;
use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::{err, ok, Answer, State};

/// One region.
#[derive(Debug, Clone)]
pub(crate) struct RegionRec {
    pub(crate) id: u64,
    pub(crate) name: String,
    pub(crate) parent: u64,
    pub(crate) order: i64,
    pub(crate) level: i64,
    pub(crate) default: bool,
}

/// The region tree: ids from 1, parent 0 = root, orders 1..n among siblings.
#[derive(Debug)]
pub(crate) struct Regions {
    map: BTreeMap<u64, RegionRec>,
    next: u64,
}

const MAX_LEVEL: i64 = 4;

impl Regions {
    pub(crate) fn new(with_default: bool) -> Self {
        let mut r = Regions {
            map: BTreeMap::new(),
            next: 1,
        };
        if with_default {
            let id = r.next;
            r.next += 1;
            r.map.insert(
                id,
                RegionRec {
                    id,
                    name: "默认分组".to_owned(),
                    parent: 0,
                    order: 1,
                    level: 1,
                    default: true,
                },
            );
        }
        r
    }

    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    pub(crate) fn default_id(&self) -> Option<u64> {
        self.map.values().find(|r| r.default).map(|r| r.id)
    }

    pub(crate) fn get(&self, id: u64) -> Option<&RegionRec> {
        self.map.get(&id)
    }

    pub(crate) fn children(&self, parent: u64) -> Vec<&RegionRec> {
        let mut v: Vec<&RegionRec> = self.map.values().filter(|r| r.parent == parent).collect();
        v.sort_by_key(|r| (r.order, r.id));
        v
    }

    fn has_children(&self, id: u64) -> bool {
        self.map.values().any(|r| r.parent == id)
    }

    /// The region and all its descendants.
    pub(crate) fn subtree(&self, id: u64) -> Vec<u64> {
        let mut out = vec![id];
        let mut i = 0;
        while i < out.len() {
            let cur = out[i];
            out.extend(self.map.values().filter(|r| r.parent == cur).map(|r| r.id));
            i += 1;
        }
        out
    }

    fn renumber(&mut self, parent: u64) {
        let ids: Vec<u64> = self.children(parent).iter().map(|r| r.id).collect();
        for (i, id) in ids.into_iter().enumerate() {
            if let Some(r) = self.map.get_mut(&id) {
                r.order = i as i64 + 1;
            }
        }
    }

    /// Adds a region; the error is the platform's code.
    pub(crate) fn add(&mut self, name: &str, parent: u64, order: Option<i64>) -> Result<u64, i64> {
        check_name(name)?;
        let level = if parent == 0 {
            1
        } else {
            match self.map.get(&parent) {
                Some(p) => p.level + 1,
                None => return Err(-80203),
            }
        };
        if level > MAX_LEVEL {
            return Err(-80204);
        }
        if self.children(parent).iter().any(|r| r.name == name) {
            return Err(-80210);
        }
        let count = self.children(parent).len() as i64;
        let order = match order {
            Some(o) if !(1..=10_000).contains(&o) => return Err(-20106),
            Some(o) => o.min(count + 1),
            None => count + 1,
        };
        for r in self.map.values_mut() {
            if r.parent == parent && r.order >= order {
                r.order += 1;
            }
        }
        let id = self.next;
        self.next += 1;
        self.map.insert(
            id,
            RegionRec {
                id,
                name: name.to_owned(),
                parent,
                order,
                level,
                default: false,
            },
        );
        self.renumber(parent);
        Ok(id)
    }

    fn edit(&mut self, id: u64, name: &str) -> Result<(), i64> {
        check_name(name)?;
        let parent = self.map.get(&id).ok_or(-80205)?.parent;
        if self
            .children(parent)
            .iter()
            .any(|r| r.name == name && r.id != id)
        {
            return Err(-80210);
        }
        if let Some(r) = self.map.get_mut(&id) {
            r.name = name.to_owned();
        }
        Ok(())
    }

    /// Deletes a region and its subtree; returns the removed ids.
    pub(crate) fn delete(&mut self, id: u64) -> Result<Vec<u64>, i64> {
        let rec = self.map.get(&id).ok_or(-80205)?;
        if rec.default {
            return Err(-80405);
        }
        let parent = rec.parent;
        let removed = self.subtree(id);
        for r in &removed {
            self.map.remove(r);
        }
        self.renumber(parent);
        Ok(removed)
    }

    fn delete_all(&mut self) -> Vec<u64> {
        let removed: Vec<u64> = self
            .map
            .values()
            .filter(|r| !r.default)
            .map(|r| r.id)
            .collect();
        for r in &removed {
            self.map.remove(r);
        }
        if let Some(d) = self.default_id() {
            if let Some(r) = self.map.get_mut(&d) {
                r.order = 1;
            }
        }
        removed
    }

    fn switch(&mut self, a: u64, b: u64) -> Result<(), i64> {
        let (ra, rb) = match (self.map.get(&a), self.map.get(&b)) {
            (Some(ra), Some(rb)) => (ra.clone(), rb.clone()),
            _ => return Err(-80205),
        };
        if ra.parent != rb.parent {
            return Err(-20107);
        }
        if let Some(r) = self.map.get_mut(&a) {
            r.order = rb.order;
        }
        if let Some(r) = self.map.get_mut(&b) {
            r.order = ra.order;
        }
        Ok(())
    }

    fn ancestors(&self, id: u64) -> Result<Vec<&RegionRec>, i64> {
        let mut out = Vec::new();
        let mut cur = self.map.get(&id).ok_or(-80205)?;
        loop {
            out.push(cur);
            if cur.parent == 0 {
                break;
            }
            match self.map.get(&cur.parent) {
                Some(p) => cur = p,
                None => break,
            }
        }
        out.reverse();
        Ok(out)
    }
}

fn check_name(name: &str) -> Result<(), i64> {
    let n = name.chars().count();
    if !(1..=32).contains(&n) {
        return Err(-20106);
    }
    Ok(())
}

fn node(r: &RegionRec) -> Value {
    json!({
        "regionId": r.id.to_string(),
        "regionName": r.name,
        "order": r.order,
        "regionLevel": r.level,
        "parentId": r.parent.to_string(),
    })
}

fn listed(st: &State, r: &RegionRec, need_dev_num: bool) -> Value {
    let mut v = node(r);
    if let Some(obj) = v.as_object_mut() {
        obj.insert(
            "hasChildren".into(),
            json!(i64::from(st.regions.has_children(r.id))),
        );
        obj.insert("regionType".into(), json!(i64::from(r.default)));
        if need_dev_num {
            let ids = st.regions.subtree(r.id);
            let (total, online) = st.devices.count_in(&ids);
            obj.insert("totalDevNum".into(), json!(total));
            obj.insert("totalDevOnlineNum".into(), json!(online));
            let mut map = Map::new();
            for system in ["vms", "nms", "nbs", "evcs", "parking"] {
                let (t, o) = if system == "vms" {
                    (total, online)
                } else {
                    (0, 0)
                };
                map.insert(
                    system.into(),
                    json!({"totalDevNum": t, "totalDevOnlineNum": o}),
                );
            }
            obj.insert("devNumMap".into(), Value::Object(map));
        }
    }
    v
}

/// A required string parameter (numbers accepted, as the platform does for ids).
pub(crate) fn str_param(params: &Value, name: &str) -> Result<String, i64> {
    match params.get(name) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        _ => Err(-20107),
    }
}

fn id_param(params: &Value, name: &str) -> Result<u64, i64> {
    let s = str_param(params, name)?;
    s.trim().parse::<u64>().map_err(|_| -80386)
}

/// `start`/`limit` with the documented limit range; errors -80328 / -80329.
pub(crate) fn page_params(params: &Value, max_limit: i64) -> Result<(usize, usize), i64> {
    let start = params.get("start").and_then(Value::as_i64).ok_or(-80328)?;
    if start < 0 {
        return Err(-80328);
    }
    let limit = params.get("limit").and_then(Value::as_i64).ok_or(-80329)?;
    if !(1..=max_limit).contains(&limit) {
        return Err(-80329);
    }
    Ok((start as usize, limit as usize))
}

fn need_dev_num(params: &Value) -> Result<bool, i64> {
    match params.get("needDevNum") {
        None | Some(Value::Null) => Ok(false),
        Some(v) => match v.as_i64() {
            Some(0) => Ok(false),
            Some(1) => Ok(true),
            _ => Err(-20106),
        },
    }
}

fn page(st: &State, items: Vec<&RegionRec>, start: usize, limit: usize, devs: bool) -> Answer {
    let total = items.len();
    let list: Vec<Value> = items
        .into_iter()
        .skip(start)
        .take(limit)
        .map(|r| listed(st, r, devs))
        .collect();
    ok(json!({"total": total, "list": list}))
}

// Routes, keyed on each endpoint type's PATH (1.4.2).
const ADD_REGION: &str = <api::AddRegion as Endpoint>::PATH;
const EDIT_REGION: &str = <api::EditRegion as Endpoint>::PATH;
const DELETE_REGION: &str = <api::DeleteRegion as Endpoint>::PATH;
const DELETE_ALL_REGION: &str = <api::DeleteAllRegion as Endpoint>::PATH;
const SWITCH_REGION_ORDER: &str = <api::SwitchRegionOrder as Endpoint>::PATH;
const GET_REGION_ANCESTOR: &str = <api::GetRegionAncestor as Endpoint>::PATH;
const BATCH_GET_REGION_ANCESTOR: &str = <api::BatchGetRegionAncestor as Endpoint>::PATH;
const GET_PAGED_ROOT_REGIONS: &str = <api::GetPagedRootRegions as Endpoint>::PATH;
const GET_PAGED_REGION_CHILDREN: &str = <api::GetPagedRegionChildren as Endpoint>::PATH;
const GET_REGION_BY_NAME_LIKE: &str = <api::GetRegionByNameLike as Endpoint>::PATH;

/// Handles the region endpoints (1.4.2); `None` for a path this module does not know.
pub(super) fn handle(st: &mut State, path: &str, params: &Value) -> Option<Answer> {
    let result = (|| -> Result<Answer, i64> {
        Ok(match path {
            ADD_REGION => {
                let name = str_param(params, "regionName")?;
                let parent = id_param(params, "parentId")?;
                let order = match params.get("order") {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(v.as_i64().ok_or(-20107)?),
                };
                let id = st.regions.add(&name, parent, order)?;
                let r = st.regions.get(id).ok_or(-80205)?;
                ok(json!({"regionId": id.to_string(), "regionLevel": r.level, "order": r.order}))
            }
            EDIT_REGION => {
                let id = id_param(params, "regionId")?;
                let name = str_param(params, "regionName")?;
                st.regions.edit(id, &name)?;
                ok(Value::Null)
            }
            DELETE_REGION => {
                let id = id_param(params, "regionId")?;
                let removed = st.regions.delete(id)?;
                let default = st.regions.default_id();
                let name = default
                    .and_then(|d| st.regions.get(d).map(|r| r.name.clone()))
                    .unwrap_or_default();
                st.devices.reassign(&removed, default, &name);
                ok(Value::Null)
            }
            DELETE_ALL_REGION => {
                let removed = st.regions.delete_all();
                let default = st.regions.default_id();
                let name = default
                    .and_then(|d| st.regions.get(d).map(|r| r.name.clone()))
                    .unwrap_or_default();
                st.devices.reassign(&removed, default, &name);
                ok(Value::Null)
            }
            SWITCH_REGION_ORDER => {
                let a = id_param(params, "firstRegion")?;
                let b = id_param(params, "secondRegion")?;
                st.regions.switch(a, b)?;
                ok(Value::Null)
            }
            GET_REGION_ANCESTOR => {
                let id = id_param(params, "regionId")?;
                let list: Vec<Value> = st.regions.ancestors(id)?.into_iter().map(node).collect();
                ok(json!({"regionAncestors": list}))
            }
            BATCH_GET_REGION_ANCESTOR => {
                let ids = params
                    .get("regionIds")
                    .and_then(Value::as_array)
                    .ok_or(-20107)?;
                if !(1..=50).contains(&ids.len()) {
                    return Err(-20106);
                }
                let mut map = Map::new();
                for v in ids {
                    let key = match v {
                        Value::String(s) => s.clone(),
                        Value::Number(n) => n.to_string(),
                        _ => return Err(-20107),
                    };
                    let id = key.trim().parse::<u64>().map_err(|_| -80386)?;
                    let list: Vec<Value> =
                        st.regions.ancestors(id)?.into_iter().map(node).collect();
                    map.insert(key, Value::Array(list));
                }
                ok(Value::Object(map))
            }
            GET_PAGED_ROOT_REGIONS => {
                let (start, limit) = page_params(params, 50)?;
                let devs = need_dev_num(params)?;
                page(st, st.regions.children(0), start, limit, devs)
            }
            GET_PAGED_REGION_CHILDREN => {
                let id = id_param(params, "regionId")?;
                let (start, limit) = page_params(params, 50)?;
                let devs = need_dev_num(params)?;
                if st.regions.get(id).is_none() {
                    return Err(-80205);
                }
                page(st, st.regions.children(id), start, limit, devs)
            }
            GET_REGION_BY_NAME_LIKE => {
                let text = str_param(params, "regionNameLike")?;
                let (start, limit) = page_params(params, 50)?;
                let devs = need_dev_num(params)?;
                let mut items: Vec<&RegionRec> = st
                    .regions
                    .map
                    .values()
                    .filter(|r| r.name.contains(&text))
                    .collect();
                items.sort_by_key(|r| (r.level, r.parent, r.order));
                page(st, items, start, limit, devs)
            }
            _ => return Err(0),
        })
    })();
    match result {
        Ok(answer) => Some(answer),
        Err(0) => None,
        Err(code) => Some(err(code)),
    }
}
