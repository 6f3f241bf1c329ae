//! Reference model of the dispatcher: which connector gets each packet, and the counts.

/// QP → connector map of `qps` entries; `None` for a QP that is not configured.
#[derive(Clone, Debug)]
pub struct DispatcherModel {
    pub map: Vec<Option<u8>>,
    pub dispatched: u64,
    pub unknown_qp: u64,
}

impl DispatcherModel {
    pub fn new(qps: usize) -> Self {
        Self { map: vec![None; qps], dispatched: 0, unknown_qp: 0 }
    }

    /// The connector a packet for QP number `qp` goes to (and counts it).
    pub fn route(&mut self, qp: u32) -> Option<u8> {
        let dest = self.map.get(qp as usize).copied().flatten();
        match dest {
            Some(_) => self.dispatched += 1,
            None => self.unknown_qp += 1,
        }
        dest
    }
}
