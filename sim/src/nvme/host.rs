//! A host: an NVMe-oF initiator over RC QPs with a queue depth per QP. It connects every queue
//! (admin first; the I/O queues reuse the controller ID the admin Connect returned), then issues
//! a seeded mix of reads, writes (in-capsule or fetched by RDMA READ) and flushes of 512 B to
//! 64 KiB, each with a data pattern, and checks every completion: its status, that the CID was
//! outstanding (exactly once), and every byte it reads back.

use super::connector::{HostIn, HostOp};
use super::namespace::{BLOCK_BYTES, NAMESPACE_ID};
use crate::stimulus::TestRng;
use nic_hdl::nvme::capsule::{self, Cqe, Sgl, Sqe, Status};
use rand::{Rng, RngCore};
use std::collections::BTreeMap;

/// Writes up to this size travel in the capsule (by default); larger ones are fetched by RDMA READ.
pub const IN_CAPSULE_MAX: usize = 8192;

/// Ticks a queue waits after a path error before it issues again.
pub const PATH_RETRY_TICKS: u64 = 20;

/// CIDs the way Linux builds them: the request's tag (below the queue depth) in the low 12 bits, a
/// generation count above. Outstanding commands of a queue never share their low bits.
fn linux_cid(tag: u16, generation: u16) -> u16 {
    (generation & 0xF) << 12 | tag
}

#[derive(Clone, Debug)]
enum Kind {
    Connect,
    Read { slba: u64, bytes: usize },
    Write { slba: u64, data: Vec<u8> },
    Flush,
}

#[derive(Clone, Debug)]
struct Command {
    kind: Kind,
    /// The host buffer's R_Key (keyed SGL), if any.
    rkey: Option<u32>,
}

/// A registered memory region: R_Key → (VA, bytes).
struct Buffer {
    va: u64,
    bytes: Vec<u8>,
}

#[derive(Default)]
struct Queue {
    qid: u16,
    connected: bool,
    generation: u16,
    outstanding: BTreeMap<u16, Command>,
    /// After a path error the queue waits until this tick before issuing again (as NVMe
    /// multipath requeues I/O while a path is down instead of failing it at once).
    paused_until: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct HostCounters {
    pub issued: u64,
    pub completed: u64,
    pub reads: u64,
    pub writes: u64,
    pub flushes: u64,
    pub bytes_read: u64,
    pub bytes_written: u64,
    /// Completions with an error status, by cause below.
    pub io_errors: u64,
    pub path_errors: u64,
    pub data_mismatches: u64,
    pub unexpected_completions: u64,
    pub bad_rdma_access: u64,
}

pub struct Host {
    queues: BTreeMap<u16, Queue>,
    admin_qp: u16,
    controller_id: Option<u16>,
    buffers: BTreeMap<u32, Buffer>,
    next_rkey: u32,
    /// What the namespace holds, as far as completed writes say.
    shadow: Vec<u8>,
    /// Blocks whose content is unknown: a write to them failed with a path error, so it may or
    /// may not have reached the media (NVMe leaves that open); a later successful write settles it.
    indeterminate: Vec<bool>,
    /// LBA ranges of commands in flight: no two overlap, so every read has one right answer.
    busy_blocks: Vec<(u64, u64)>,
    pub depth: usize,
    pub max_bytes: usize,
    /// Largest write sent as in-capsule data (what the target's capsule size allows).
    pub in_capsule_max: usize,
    /// Percent of I/O commands that are reads (5 % are flushes, the rest writes).
    pub read_percent: u32,
    /// CIDs picked at random among those not outstanding, instead of Linux's tag scheme.
    pub free_cids: bool,
    pub counters: HostCounters,
    /// Every completion: (tick it arrived, ticks since the command was issued).
    pub completions: Vec<(u64, u64)>,
    issued_at: BTreeMap<(u16, u16), u64>,
    /// Statuses other than success that the test accepts (e.g. path errors when both are down).
    pub allowed_errors: Vec<Status>,
}

impl Host {
    /// QPs: `admin_qp` carries the admin queue, `io_qps` one I/O queue each.
    pub fn new(admin_qp: u16, io_qps: &[u16], namespace_blocks: u64, depth: usize, max_bytes: usize) -> Self {
        let mut queues = BTreeMap::new();
        queues.insert(admin_qp, Queue { qid: 0, ..Default::default() });
        for (i, qp) in io_qps.iter().enumerate() {
            queues.insert(*qp, Queue { qid: i as u16 + 1, ..Default::default() });
        }
        Self {
            queues,
            admin_qp,
            controller_id: None,
            buffers: BTreeMap::new(),
            next_rkey: 0x100,
            shadow: vec![0; namespace_blocks as usize * BLOCK_BYTES],
            indeterminate: vec![false; namespace_blocks as usize],
            busy_blocks: Vec::new(),
            depth,
            max_bytes,
            in_capsule_max: IN_CAPSULE_MAX,
            read_percent: 45,
            free_cids: false,
            counters: HostCounters::default(),
            completions: Vec::new(),
            issued_at: BTreeMap::new(),
            allowed_errors: Vec::new(),
        }
    }

    pub fn outstanding(&self) -> usize {
        self.queues.values().map(|q| q.outstanding.len()).sum()
    }

    /// The commands still outstanding, per QP (CID and kind), for a stuck run's report.
    pub fn debug_state(&self) -> String {
        let queues: Vec<String> = self
            .queues
            .iter()
            .filter(|(_, q)| !q.outstanding.is_empty())
            .map(|(qp, q)| {
                let commands: Vec<String> = q
                    .outstanding
                    .iter()
                    .map(|(cid, c)| match &c.kind {
                        Kind::Connect => format!("{cid:#x} connect"),
                        Kind::Read { bytes, .. } => format!("{cid:#x} read {bytes}"),
                        Kind::Write { data, .. } => format!("{cid:#x} write {}", data.len()),
                        Kind::Flush => format!("{cid:#x} flush"),
                    })
                    .collect();
                format!("QP {qp}: {}", commands.join(", "))
            })
            .collect();
        queues.join("; ")
    }

    fn register(&mut self, bytes: Vec<u8>) -> (u32, u64) {
        let rkey = self.next_rkey;
        self.next_rkey += 1;
        let va = 0x7f00_0000_0000 + (rkey as u64) * 0x10_0000;
        self.buffers.insert(rkey, Buffer { va, bytes });
        (rkey, va)
    }

    fn free_range(&self, slba: u64, blocks: u64) -> bool {
        self.busy_blocks.iter().all(|(s, n)| slba + blocks <= *s || s + n <= slba)
    }

    /// New commands, up to the queue depth per QP, while `budget` lasts.
    pub fn issue(&mut self, now: u64, rng: &mut TestRng, budget: &mut u64) -> Vec<HostIn> {
        let mut out = Vec::new();
        let qps: Vec<u16> = self.queues.keys().copied().collect();
        for qp in qps {
            loop {
                let q = &self.queues[&qp];
                let admin_ready = self.controller_id.is_some();
                let want_connect = !q.connected && q.outstanding.is_empty() && (qp == self.admin_qp || admin_ready);
                let room = q.connected && qp != self.admin_qp && q.outstanding.len() < self.depth && *budget > 0 && q.paused_until <= now;
                if !want_connect && !room {
                    break;
                }
                let Some((sqe, data, command)) = (if want_connect { Some(self.connect(qp)) } else { self.io(rng) }) else { break };
                let q = self.queues.get_mut(&qp).expect("a queue");
                let cid = if self.free_cids {
                    // Any CID not outstanding: low bits shared with an outstanding one are fine.
                    std::iter::repeat_with(|| rng.gen::<u16>()).find(|c| !q.outstanding.contains_key(c)).expect("a free CID")
                } else {
                    let tag = (0..).find(|t| !q.outstanding.keys().any(|c| c & 0xFFF == *t)).expect("a free tag");
                    linux_cid(tag, q.generation)
                };
                q.generation = q.generation.wrapping_add(1);
                let sqe = Sqe { cid, ..sqe };
                let mut capsule = sqe.encode().to_vec();
                capsule.extend_from_slice(&data);
                q.outstanding.insert(cid, command);
                self.issued_at.insert((qp, cid), now);
                self.counters.issued += 1;
                if !want_connect {
                    *budget -= 1;
                }
                out.push(HostIn::Send { qp, data: capsule });
                if want_connect {
                    break;
                }
            }
        }
        out
    }

    fn connect(&mut self, qp: u16) -> (Sqe, Vec<u8>, Command) {
        let qid = self.queues[&qp].qid;
        let asked = if qid == 0 { capsule::CONTROLLER_ID_ANY } else { self.controller_id.expect("admin connected first") };
        let data = capsule::connect_data(asked);
        let sqe = Sqe {
            opcode: capsule::OPCODE_FABRICS,
            cid: 0,
            nsid: 0,
            sgl: Sgl::InCapsule { offset: 0, length: data.len() as u32 },
            slba: 0,
            nlb_minus_one: 0,
            fctype: capsule::FCTYPE_CONNECT,
            qid,
        };
        (sqe, data, Command { kind: Kind::Connect, rkey: None })
    }

    fn io(&mut self, rng: &mut TestRng) -> Option<(Sqe, Vec<u8>, Command)> {
        let blocks = rng.gen_range(1..=(self.max_bytes / BLOCK_BYTES) as u64);
        let total = (self.shadow.len() / BLOCK_BYTES) as u64;
        let slba = (0..8).map(|_| rng.gen_range(0..=total - blocks)).find(|s| self.free_range(*s, blocks))?;
        let bytes = blocks as usize * BLOCK_BYTES;
        let base = Sqe { opcode: 0, cid: 0, nsid: NAMESPACE_ID, sgl: Sgl::None, slba, nlb_minus_one: (blocks - 1) as u16, fctype: 0, qid: 0 };
        let choice = rng.gen_range(0..100);
        let invalidate = rng.gen_bool(0.5);
        if choice < 5 {
            self.counters.flushes += 1;
            return Some((Sqe { opcode: capsule::OPCODE_FLUSH, slba: 0, nlb_minus_one: 0, ..base }, vec![], Command { kind: Kind::Flush, rkey: None }));
        }
        self.busy_blocks.push((slba, blocks));
        if choice < 5 + self.read_percent {
            self.counters.reads += 1;
            let (rkey, va) = self.register(vec![0; bytes]);
            let sgl = Sgl::Keyed { address: va, length: bytes as u32, key: rkey, invalidate };
            return Some((Sqe { opcode: capsule::OPCODE_READ, sgl, ..base }, vec![], Command { kind: Kind::Read { slba, bytes }, rkey: Some(rkey) }));
        }
        self.counters.writes += 1;
        let mut data = vec![0; bytes];
        rng.fill_bytes(&mut data);
        if bytes <= self.in_capsule_max && rng.gen_bool(0.5) {
            let sgl = Sgl::InCapsule { offset: 0, length: bytes as u32 };
            Some((Sqe { opcode: capsule::OPCODE_WRITE, sgl, ..base }, data.clone(), Command { kind: Kind::Write { slba, data }, rkey: None }))
        } else {
            let (rkey, va) = self.register(data.clone());
            let sgl = Sgl::Keyed { address: va, length: bytes as u32, key: rkey, invalidate };
            Some((Sqe { opcode: capsule::OPCODE_WRITE, sgl, ..base }, vec![], Command { kind: Kind::Write { slba, data }, rkey: Some(rkey) }))
        }
    }

    fn access(&mut self, va: u64, rkey: u32, length: usize) -> Option<&mut [u8]> {
        let buffer = self.buffers.get_mut(&rkey)?;
        let offset = va.checked_sub(buffer.va)? as usize;
        buffer.bytes.get_mut(offset..offset + length)
    }

    /// An operation from the NIC. Returns the host's answer (READ responses).
    pub fn receive(&mut self, now: u64, op: HostOp) -> Vec<HostIn> {
        match op {
            HostOp::RdmaWrite { va, rkey, data, .. } => {
                match self.access(va, rkey, data.len()) {
                    Some(target) => target.copy_from_slice(&data),
                    None => self.counters.bad_rdma_access += 1,
                }
                vec![]
            }
            HostOp::RdmaRead { qp, va, rkey, length, read } => match self.access(va, rkey, length as usize) {
                Some(source) => vec![HostIn::ReadResponse { qp, read, data: source.to_vec() }],
                None => {
                    self.counters.bad_rdma_access += 1;
                    vec![]
                }
            },
            HostOp::Send { qp, data, .. } => {
                self.complete(now, qp, &data);
                vec![]
            }
        }
    }

    fn complete(&mut self, now: u64, qp: u16, data: &[u8]) {
        let Some(cqe) = Cqe::decode(data) else {
            self.counters.unexpected_completions += 1;
            return;
        };
        let Some(command) = self.queues.get_mut(&qp).and_then(|q| q.outstanding.remove(&cqe.cid)) else {
            self.counters.unexpected_completions += 1;
            return;
        };
        self.counters.completed += 1;
        if let Some(at) = self.issued_at.remove(&(qp, cqe.cid)) {
            self.completions.push((now, now - at));
        }
        let rkey_buffer = command.rkey.and_then(|k| self.buffers.remove(&k));
        if !cqe.status.is_success() {
            if cqe.status.sct == 3 {
                self.counters.path_errors += 1;
                if let Some(q) = self.queues.get_mut(&qp) {
                    q.paused_until = now + PATH_RETRY_TICKS;
                }
            }
            if !self.allowed_errors.contains(&cqe.status) {
                self.counters.io_errors += 1;
            }
        }
        match command.kind {
            Kind::Connect => {
                if cqe.status.is_success() {
                    let q = self.queues.get_mut(&qp).expect("a queue");
                    q.connected = true;
                    if q.qid == 0 {
                        self.controller_id = Some(cqe.dw0 as u16);
                    }
                }
            }
            Kind::Read { slba, bytes } => {
                self.release(slba);
                if cqe.status.is_success() {
                    self.counters.bytes_read += bytes as u64;
                    let got = rkey_buffer.map(|b| b.bytes).unwrap_or_default();
                    let mismatch = (0..bytes / BLOCK_BYTES).any(|i| {
                        let block = slba as usize + i;
                        let (at, end) = (i * BLOCK_BYTES, (i + 1) * BLOCK_BYTES);
                        !self.indeterminate[block] && got.get(at..end) != Some(&self.shadow[block * BLOCK_BYTES..block * BLOCK_BYTES + BLOCK_BYTES])
                    });
                    if mismatch {
                        self.counters.data_mismatches += 1;
                    }
                }
            }
            Kind::Write { slba, data } => {
                self.release(slba);
                let blocks = slba as usize..slba as usize + data.len() / BLOCK_BYTES;
                if cqe.status.is_success() {
                    self.counters.bytes_written += data.len() as u64;
                    let at = slba as usize * BLOCK_BYTES;
                    self.shadow[at..at + data.len()].copy_from_slice(&data);
                    self.indeterminate[blocks].fill(false);
                } else if cqe.status.sct == 3 {
                    self.indeterminate[blocks].fill(true);
                }
            }
            Kind::Flush => {}
        }
    }

    fn release(&mut self, slba: u64) {
        if let Some(i) = self.busy_blocks.iter().position(|(s, _)| *s == slba) {
            self.busy_blocks.swap_remove(i);
        }
    }
}
