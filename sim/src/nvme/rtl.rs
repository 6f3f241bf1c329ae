//! The connector RTL (the `connector_pair` top: dispatcher, two connectors, failover supervisor)
//! in Verilator as a [`Nic`] of the message-level fabric: the same hosts, controllers, events and
//! checks as the connector model, with the messages as beats on the RTL's streams.
//!
//! Each fabric tick is `clocks_per_tick` clock cycles. Host SENDs are cut into packets at the
//! path MTU and the packets of different QPs interleave (as the RC responder delivers them);
//! every stream in and out has random gaps and back-pressure. A link that goes down loses what
//! was on it, both ways, as the fabric's link does.

use super::connector::{ConnectorCounters, HostIn, HostOp, Link, Outputs};
use super::fabric::Nic;
use crate::stimulus::{rng, TestRng};
use crate::verilated::ConnectorPair;
use nic_hdl::link::message::{Header, Message, MessageType, FLAG_REPLAY, HEADER_BYTES};
use nic_hdl::roce::rc::WrKind;
use rand::Rng;
use std::collections::{BTreeMap, VecDeque};

/// Path MTU of the host's SEND packets.
pub const SEND_MTU: usize = 1024;

/// One beat of a host SEND packet.
#[derive(Clone, Copy, Debug)]
struct SendBeat {
    tdata: u64,
    tkeep: u8,
    tlast: bool,
}

#[derive(Clone, Debug)]
struct SendPacket {
    qp: u16,
    message_end: bool,
    beats: Vec<SendBeat>,
}

/// A work request taken from a connector, waiting for its payload.
struct WorkRequest {
    qp: u16,
    kind: u64,
    length: usize,
    va: u64,
    rkey: u32,
    words: Vec<u64>,
}

/// Percentages of cycles a source offers a beat and a sink takes one.
#[derive(Clone, Copy, Debug)]
pub struct Pressure {
    pub valid_pct: u32,
    pub ready_pct: u32,
}

pub struct ConnectorPairRtl {
    pub dut: ConnectorPair,
    rng: TestRng,
    pub cycle: u64,
    pub clocks_per_tick: u64,
    pub pressure: Pressure,
    /// Host SEND packets not yet taken, per QP, and the packet being fed with its next beat.
    sends: BTreeMap<u16, VecDeque<SendPacket>>,
    feeding: Option<(SendPacket, usize)>,
    /// Controller → NIC beats per [connector][controller].
    link_in: [[VecDeque<(u64, bool)>; 2]; 2],
    /// NIC → controller beats of a message not yet complete, per [connector][controller].
    link_out: [[Vec<u64>; 2]; 2],
    /// A message was cut by its link going down: its remaining beats are not delivered.
    link_cut: [[bool; 2]; 2],
    link_up: [bool; 2],
    work: [Option<WorkRequest>; 2],
    /// READ data for the connectors: (tag, word, last).
    read_in: [VecDeque<(u64, u64, bool)>; 2],
    /// READs handed to the host: id → (connector, tag).
    reads: BTreeMap<u32, (usize, u64)>,
    next_read: u32,
    failback_pending: bool,
    out: Outputs,
    /// Work-request payload words taken from both connectors (the host transmit load).
    pub payload_words: u64,
    /// Cycle of the last link-down, and of the first `TAKEOVER` and the first replayed `CMD` sent
    /// after it.
    pub link_down_at: Option<u64>,
    /// Cycle of the last beat each controller offered on any link.
    pub last_beat_from: [u64; 2],
    pub first_takeover_at: Option<u64>,
    pub first_replay_at: Option<u64>,
    /// What the RTL sent that no controller or host could make sense of.
    pub protocol_errors: Vec<String>,
}

impl ConnectorPairRtl {
    pub fn new(seed: u64, heartbeat_timeout_ticks: u64, clocks_per_tick: u64, pressure: Pressure) -> Self {
        let mut dut = ConnectorPair::new();
        dut.set_link_up(0b11);
        dut.set_heartbeat_timeout((heartbeat_timeout_ticks * clocks_per_tick).min(0xFFFF));
        dut.set_reset(1);
        dut.cycle();
        dut.set_reset(0);
        Self {
            dut,
            rng: rng(seed ^ 0x5eed_c0de),
            cycle: 0,
            clocks_per_tick,
            pressure,
            sends: BTreeMap::new(),
            feeding: None,
            link_in: Default::default(),
            link_out: Default::default(),
            link_cut: Default::default(),
            link_up: [true; 2],
            work: [None, None],
            read_in: Default::default(),
            reads: BTreeMap::new(),
            next_read: 0,
            failback_pending: false,
            out: Outputs::default(),
            payload_words: 0,
            link_down_at: None,
            last_beat_from: [0; 2],
            first_takeover_at: None,
            first_replay_at: None,
            protocol_errors: Vec::new(),
        }
    }

    fn packets(qp: u16, data: &[u8]) -> Vec<SendPacket> {
        let chunks: Vec<&[u8]> = data.chunks(SEND_MTU).collect();
        let count = chunks.len();
        chunks
            .into_iter()
            .enumerate()
            .map(|(i, chunk)| {
                let words = chunk.len().div_ceil(8);
                let beats = (0..words)
                    .map(|w| {
                        let bytes = &chunk[w * 8..chunk.len().min(w * 8 + 8)];
                        let mut word = [0u8; 8];
                        word[..bytes.len()].copy_from_slice(bytes);
                        SendBeat { tdata: u64::from_le_bytes(word), tkeep: ((1u16 << bytes.len()) - 1) as u8, tlast: w + 1 == words }
                    })
                    .collect();
                SendPacket { qp, message_end: i + 1 == count, beats }
            })
            .collect()
    }

    /// One clock cycle: offer, sample, clock.
    fn step(&mut self) {
        let Pressure { valid_pct, ready_pct } = self.pressure;
        // Host SEND packets: a new packet from a random QP with packets waiting.
        if self.feeding.is_none() {
            let waiting: Vec<u16> = self.sends.iter().filter(|(_, q)| !q.is_empty()).map(|(qp, _)| *qp).collect();
            if !waiting.is_empty() {
                let qp = waiting[self.rng.gen_range(0..waiting.len())];
                let packet = self.sends.get_mut(&qp).and_then(VecDeque::pop_front).expect("waiting");
                self.feeding = Some((packet, 0));
            }
        }
        let offer_send = self.feeding.is_some() && self.rng.gen_range(0..100) < valid_pct;
        let d = &mut self.dut;
        d.set_s_axis_tvalid(offer_send as u64);
        if let Some((packet, at)) = &self.feeding {
            let beat = packet.beats[*at];
            d.set_s_axis_qp(packet.qp as u64);
            d.set_s_axis_message_end(packet.message_end as u64);
            d.set_s_axis_tdata(beat.tdata);
            d.set_s_axis_tkeep(beat.tkeep as u64);
            d.set_s_axis_tlast(beat.tlast as u64);
        }
        let mut offered = [[false; 2]; 2];
        for k in 0..2 {
            for c in 0..2 {
                let offer = !self.link_in[k][c].is_empty() && self.rng.gen_range(0..100) < valid_pct;
                offered[k][c] = offer;
                if offer {
                    self.last_beat_from[c] = self.cycle;
                }
                let (tdata, tlast) = self.link_in[k][c].front().copied().unwrap_or((0, false));
                set_link_in(d, k, c, offer, tdata, tlast);
            }
        }
        let mut read_offered = [false; 2];
        for k in 0..2 {
            let offer = !self.read_in[k].is_empty() && self.rng.gen_range(0..100) < valid_pct;
            read_offered[k] = offer;
            let (tag, tdata, tlast) = self.read_in[k].front().copied().unwrap_or((0, 0, false));
            set_read_in(d, k, offer, tag, tdata, tlast);
        }
        let mut ready = [[false; 4]; 2];
        for (k, r) in ready.iter_mut().enumerate() {
            for x in r.iter_mut() {
                *x = self.rng.gen_range(0..100) < ready_pct;
            }
            let link_ready = r[0] as u64 | (r[1] as u64) << 1;
            set_sinks(d, k, link_ready, r[2], r[3]);
        }
        d.set_failback_request(self.failback_pending as u64);
        self.failback_pending = false;
        d.eval();

        if offer_send && d.s_axis_tready() != 0 {
            let (packet, at) = self.feeding.as_mut().expect("feeding");
            *at += 1;
            if *at == packet.beats.len() {
                self.feeding = None;
            }
        }
        for k in 0..2 {
            for c in 0..2 {
                if offered[k][c] && link_in_ready(d, k, c) {
                    self.link_in[k][c].pop_front();
                }
            }
            if read_offered[k] && read_in_ready(d, k) {
                self.read_in[k].pop_front();
            }
        }
        for k in 0..2 {
            let (valid, tdata, tlast) = link_out(d, k);
            for c in 0..2 {
                // A link that is down takes every beat (the connector sends into the void).
                if valid >> c & 1 == 1 && (ready[k][c] || !self.link_up[c]) {
                    if !self.link_up[c] {
                        // Lost on the way; a message cut by the link going down is dropped whole
                        // when it comes back.
                        self.link_cut[k][c] = !tlast;
                        continue;
                    }
                    if self.link_cut[k][c] {
                        self.link_cut[k][c] = !tlast;
                        continue;
                    }
                    self.link_out[k][c].push(tdata);
                    if tlast {
                        let words = std::mem::take(&mut self.link_out[k][c]);
                        {
                            match message_from_words(&words) {
                                Some(message) => {
                                    let after_down = self.link_down_at.is_some();
                                    if after_down && message.header.kind == MessageType::Takeover {
                                        self.first_takeover_at.get_or_insert(self.cycle);
                                    }
                                    if after_down && message.header.kind == MessageType::Command && message.header.flags & FLAG_REPLAY != 0 {
                                        self.first_replay_at.get_or_insert(self.cycle);
                                    }
                                    self.out.links.push(((c, k), message))
                                }
                                None => self.protocol_errors.push(format!("cycle {}: connector {k} sent controller {c} a malformed message {words:x?}", self.cycle)),
                            }
                        }
                    }
                }
            }
            let request = work_request(d, k);
            if let (Some(request), true) = (request, ready[k][2]) {
                if request.kind == WrKind::Read.code() as u64 {
                    let read = self.next_read;
                    self.next_read += 1;
                    self.reads.insert(read, (k, work_tag(d, k)));
                    let op = HostOp::RdmaRead { qp: request.qp, va: request.va, rkey: request.rkey, length: request.length as u32, read };
                    self.out.host.push(op);
                } else if self.work[k].is_some() {
                    self.protocol_errors.push(format!("cycle {}: connector {k} offered a work request before the payload of the last", self.cycle));
                } else {
                    self.work[k] = Some(request);
                }
            }
            let (valid, tdata, tlast) = work_payload(d, k);
            if valid && ready[k][3] {
                self.payload_words += 1;
                match self.work[k].as_mut() {
                    None => self.protocol_errors.push(format!("cycle {}: connector {k} sent payload without a work request", self.cycle)),
                    Some(w) => {
                        w.words.push(tdata);
                        if tlast {
                            let w = self.work[k].take().expect("present");
                            match host_op(&w) {
                                Ok(op) => self.out.host.push(op),
                                Err(e) => self.protocol_errors.push(format!("cycle {}: connector {k}: {e}", self.cycle)),
                            }
                        }
                    }
                }
            }
        }
        self.dut.cycle();
        self.cycle += 1;
    }

    /// What is queued toward the RTL, for a stuck run's report.
    pub fn debug_state(&self) -> String {
        format!(
            "sends {:?} feeding {} link_in {:?} read_in {:?} work {:?} reads {:?}",
            self.sends.iter().map(|(q, p)| (*q, p.len())).collect::<Vec<_>>(),
            self.feeding.is_some(),
            self.link_in.iter().map(|l| l.iter().map(VecDeque::len).collect::<Vec<_>>()).collect::<Vec<_>>(),
            self.read_in.iter().map(VecDeque::len).collect::<Vec<_>>(),
            self.work.iter().map(Option::is_some).collect::<Vec<_>>(),
            self.reads
        )
    }

    /// Runs `cycles` clock cycles (outputs gathered for the next `tick`).
    pub fn run(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.step();
        }
    }
}

impl Nic for ConnectorPairRtl {
    fn add_qp(&mut self, qp: u16, connector: usize, controller: usize) {
        let d = &mut self.dut;
        d.set_cfg_qp(qp as u64);
        d.set_cfg_enable(1);
        d.set_cfg_connector(connector as u64);
        d.set_cfg_controller(controller as u64);
        d.set_cfg_valid(1);
        for _ in 0..1000 {
            d.eval();
            let taken = d.cfg_ready() != 0;
            d.cycle();
            self.cycle += 1;
            if taken {
                d.set_cfg_valid(0);
                return;
            }
        }
        panic!("the connectors never took the configuration of QP {qp}");
    }

    fn from_host(&mut self, _now: u64, input: HostIn) -> Outputs {
        match input {
            HostIn::Send { qp, data } => self.sends.entry(qp).or_default().extend(Self::packets(qp, &data)),
            HostIn::ReadResponse { read, data, .. } => {
                // Data for a READ nobody asked for goes to connector 0 with a tag it never gave out.
                let (k, tag) = self.reads.remove(&read).unwrap_or((0, 0xFF));
                let words = data.len().div_ceil(8);
                for w in 0..words {
                    let bytes = &data[w * 8..data.len().min(w * 8 + 8)];
                    let mut word = [0u8; 8];
                    word[..bytes.len()].copy_from_slice(bytes);
                    self.read_in[k].push_back((tag, u64::from_le_bytes(word), w + 1 == words));
                }
            }
        }
        Outputs::default()
    }

    fn from_controller(&mut self, _now: u64, (controller, connector): Link, message: Message) -> Outputs {
        let (beats, _) = message.beats();
        let count = beats.len();
        self.link_in[connector][controller].extend(beats.into_iter().enumerate().map(|(i, b)| (b, i + 1 == count)));
        Outputs::default()
    }

    fn link_changed(&mut self, _now: u64, controller: usize, up: bool) -> Outputs {
        self.link_up[controller] = up;
        if !up {
            self.link_down_at = Some(self.cycle);
            self.first_takeover_at = None;
            self.first_replay_at = None;
            for k in 0..2 {
                self.link_in[k][controller].clear();
                self.link_cut[k][controller] |= !self.link_out[k][controller].is_empty();
                self.link_out[k][controller].clear();
            }
        }
        let bits = self.link_up[0] as u64 | (self.link_up[1] as u64) << 1;
        self.dut.set_link_up(bits);
        Outputs::default()
    }

    fn tick(&mut self, _now: u64) -> Outputs {
        self.run(self.clocks_per_tick);
        std::mem::take(&mut self.out)
    }

    fn failback(&mut self, _now: u64) -> (bool, Outputs) {
        self.failback_pending = true;
        (self.dut.available() == 0b11, Outputs::default())
    }

    fn fenced(&self, controller: usize) -> bool {
        self.dut.fence_backend() >> controller & 1 == 1
    }

    fn fence_backend(&self) -> [bool; 2] {
        [self.fenced(0), self.fenced(1)]
    }

    fn counters(&self) -> ConnectorCounters {
        let d = &self.dut;
        let sum = |a: u64, b: u64| a + b;
        ConnectorCounters {
            commands_forwarded: sum(d.c0_commands_forwarded(), d.c1_commands_forwarded()),
            completions_delivered: sum(d.c0_completions_delivered(), d.c1_completions_delivered()),
            unknown_qp: d.packets_unknown_qp() + d.c0_unknown_qp() + d.c1_unknown_qp(),
            malformed_capsule: sum(d.c0_malformed_capsule(), d.c1_malformed_capsule()),
            capsule_too_long: sum(d.c0_capsule_too_long(), d.c1_capsule_too_long()),
            duplicate_cid: sum(d.c0_duplicate_cid(), d.c1_duplicate_cid()),
            wqe_unknown_qp: sum(d.c0_wqe_unknown_qp(), d.c1_wqe_unknown_qp()),
            wqe_malformed: sum(d.c0_wqe_malformed(), d.c1_wqe_malformed()),
            cqe_unknown_cid: sum(d.c0_cqe_unknown_cid(), d.c1_cqe_unknown_cid()),
            read_data_unknown: sum(d.c0_read_data_unknown(), d.c1_read_data_unknown()),
            wrong_link: sum(d.c0_wrong_link(), d.c1_wrong_link()),
            failovers: d.failovers(),
            commands_replayed: sum(d.c0_commands_replayed(), d.c1_commands_replayed()),
            late_discarded: sum(d.c0_late_discarded(), d.c1_late_discarded()),
            takeovers_acked: sum(d.c0_takeovers_acked(), d.c1_takeovers_acked()),
            path_errors_sent: sum(d.c0_path_errors_sent(), d.c1_path_errors_sent()),
            writes_truncated: sum(d.c0_writes_truncated(), d.c1_writes_truncated()),
            failbacks: d.failbacks(),
            last_failover_cycles: d.last_failover_cycles(),
        }
    }

    fn idle(&self) -> bool {
        self.feeding.is_none()
            && self.sends.values().all(VecDeque::is_empty)
            && self.link_in.iter().flatten().all(VecDeque::is_empty)
            && self.read_in.iter().all(VecDeque::is_empty)
            && self.work.iter().all(Option::is_none)
    }
}

fn message_from_words(words: &[u64]) -> Option<Message> {
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let header = Header::decode(&bytes)?;
    let end = HEADER_BYTES + header.payload_bytes as usize;
    (bytes.len() >= end && bytes.len() - end < 8).then_some(())?;
    Message::from_bytes(&bytes[..end])
}

fn host_op(w: &WorkRequest) -> Result<HostOp, String> {
    let bytes: Vec<u8> = w.words.iter().flat_map(|x| x.to_le_bytes()).collect();
    if bytes.len() < w.length || bytes.len() - w.length >= 8 {
        return Err(format!("a work request of {} bytes came with {} payload words", w.length, w.words.len()));
    }
    let data = bytes[..w.length].to_vec();
    match w.kind {
        k if k == WrKind::Write.code() as u64 => Ok(HostOp::RdmaWrite { qp: w.qp, va: w.va, rkey: w.rkey, data }),
        k if k == WrKind::Send.code() as u64 => Ok(HostOp::Send { qp: w.qp, data, invalidate: None }),
        k if k == WrKind::SendInvalidate.code() as u64 => Ok(HostOp::Send { qp: w.qp, data, invalidate: Some(w.rkey) }),
        k => Err(format!("a work request of kind {k} with a payload")),
    }
}

// The verilated top has one set of ports per connector (`c0_`, `c1_`); these pick them.

fn set_link_in(d: &mut ConnectorPair, k: usize, c: usize, valid: bool, tdata: u64, tlast: bool) {
    let (valid, tlast) = (valid as u64, tlast as u64);
    match (k, c) {
        (0, 0) => (d.set_c0_s_link_a_tvalid(valid), d.set_c0_s_link_a_tdata(tdata), d.set_c0_s_link_a_tlast(tlast)),
        (0, _) => (d.set_c0_s_link_b_tvalid(valid), d.set_c0_s_link_b_tdata(tdata), d.set_c0_s_link_b_tlast(tlast)),
        (_, 0) => (d.set_c1_s_link_a_tvalid(valid), d.set_c1_s_link_a_tdata(tdata), d.set_c1_s_link_a_tlast(tlast)),
        _ => (d.set_c1_s_link_b_tvalid(valid), d.set_c1_s_link_b_tdata(tdata), d.set_c1_s_link_b_tlast(tlast)),
    };
}

fn link_in_ready(d: &ConnectorPair, k: usize, c: usize) -> bool {
    (match (k, c) {
        (0, 0) => d.c0_s_link_a_tready(),
        (0, _) => d.c0_s_link_b_tready(),
        (_, 0) => d.c1_s_link_a_tready(),
        _ => d.c1_s_link_b_tready(),
    }) != 0
}

fn set_read_in(d: &mut ConnectorPair, k: usize, valid: bool, tag: u64, tdata: u64, tlast: bool) {
    let (valid, tlast) = (valid as u64, tlast as u64);
    if k == 0 {
        (d.set_c0_s_axis_read_tvalid(valid), d.set_c0_s_axis_read_tag(tag), d.set_c0_s_axis_read_tdata(tdata), d.set_c0_s_axis_read_tlast(tlast));
    } else {
        (d.set_c1_s_axis_read_tvalid(valid), d.set_c1_s_axis_read_tag(tag), d.set_c1_s_axis_read_tdata(tdata), d.set_c1_s_axis_read_tlast(tlast));
    }
}

fn read_in_ready(d: &ConnectorPair, k: usize) -> bool {
    (if k == 0 { d.c0_s_axis_read_tready() } else { d.c1_s_axis_read_tready() }) != 0
}

fn set_sinks(d: &mut ConnectorPair, k: usize, link_ready: u64, wr_ready: bool, payload_ready: bool) {
    if k == 0 {
        (d.set_c0_m_link_tready(link_ready), d.set_c0_wr_ready(wr_ready as u64), d.set_c0_m_axis_wr_tready(payload_ready as u64));
    } else {
        (d.set_c1_m_link_tready(link_ready), d.set_c1_wr_ready(wr_ready as u64), d.set_c1_m_axis_wr_tready(payload_ready as u64));
    }
}

fn link_out(d: &ConnectorPair, k: usize) -> (u64, u64, bool) {
    if k == 0 {
        (d.c0_m_link_tvalid(), d.c0_m_link_tdata(), d.c0_m_link_tlast() != 0)
    } else {
        (d.c1_m_link_tvalid(), d.c1_m_link_tdata(), d.c1_m_link_tlast() != 0)
    }
}

fn work_request(d: &ConnectorPair, k: usize) -> Option<WorkRequest> {
    let (valid, qp, kind, length, va, rkey) = if k == 0 {
        (d.c0_wr_valid(), d.c0_wr_qp(), d.c0_wr_kind(), d.c0_wr_length(), d.c0_wr_va(), d.c0_wr_rkey())
    } else {
        (d.c1_wr_valid(), d.c1_wr_qp(), d.c1_wr_kind(), d.c1_wr_length(), d.c1_wr_va(), d.c1_wr_rkey())
    };
    (valid != 0).then(|| WorkRequest { qp: qp as u16, kind, length: length as usize, va, rkey: rkey as u32, words: Vec::new() })
}

fn work_tag(d: &ConnectorPair, k: usize) -> u64 {
    if k == 0 {
        d.c0_wr_tag()
    } else {
        d.c1_wr_tag()
    }
}

fn work_payload(d: &ConnectorPair, k: usize) -> (bool, u64, bool) {
    if k == 0 {
        (d.c0_m_axis_wr_tvalid() != 0, d.c0_m_axis_wr_tdata(), d.c0_m_axis_wr_tlast() != 0)
    } else {
        (d.c1_m_axis_wr_tvalid() != 0, d.c1_m_axis_wr_tdata(), d.c1_m_axis_wr_tlast() != 0)
    }
}
