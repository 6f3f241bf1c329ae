//! The connector RTL (the `connector_pair` top: dispatcher, two connectors, failover supervisor)
//! in Verilator as a [`Nic`] of the message-level fabric: the same hosts, controllers, events and
//! checks as the connector model, with the messages as beats on the RTL's streams.
//!
//! Each fabric tick is `clocks_per_tick` clock cycles. Host SENDs are cut into packets at the
//! path MTU and the packets of different QPs interleave (as the RC responder delivers them);
//! every stream in and out has random gaps and back-pressure. A link that goes down loses what
//! was on it, both ways, as the fabric's link does.

use super::connector::{HostIn, HostOp, Outputs};
use super::fabric::Nic;
pub use super::links::Pressure;
use super::links::{controller_side, ControllerLinks, LinkPorts};
use crate::stimulus::{rng, TestRng};
use crate::verilated::ConnectorPair;
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

/// The path MTU of the READ Responses the testbench plays the requester for.
const READ_RESPONSE_BYTES: usize = 1024;

/// A beat of READ data: its READ's tag, its response packet's byte count, packet and READ ends.
#[derive(Clone, Copy, Default)]
struct ReadBeat {
    tag: u64,
    tdata: u64,
    tlast: bool,
    length: u64,
    read_last: bool,
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
    pub links: ControllerLinks,
    work: [Option<WorkRequest>; 2],
    /// READ data for the connectors, beat by beat, as the requester delivers it.
    read_in: [VecDeque<ReadBeat>; 2],
    /// READs handed to the host: id → (connector, tag).
    reads: BTreeMap<u32, (usize, u64)>,
    next_read: u32,
    failback_pending: bool,
    out: Outputs,
    /// Work-request payload words taken from both connectors (the host transmit load).
    pub payload_words: u64,
    /// WRITEs whose payload had the wrong length, refused as the RC requester refuses them.
    pub writes_refused: u64,
    /// What the RTL sent that no controller or host could make sense of.
    pub protocol_errors: Vec<String>,
}

impl ConnectorPairRtl {
    pub fn new(seed: u64, heartbeat_timeout_ticks: u64, clocks_per_tick: u64, pressure: Pressure) -> Self {
        let mut dut = ConnectorPair::new();
        let links = ControllerLinks::new(&mut dut);
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
            links,
            work: [None, None],
            read_in: Default::default(),
            reads: BTreeMap::new(),
            next_read: 0,
            failback_pending: false,
            out: Outputs::default(),
            payload_words: 0,
            writes_refused: 0,
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
        self.links.drive(d, self.cycle, &mut self.rng, self.pressure);
        let mut read_offered = [false; 2];
        for k in 0..2 {
            let offer = !self.read_in[k].is_empty() && self.rng.gen_range(0..100) < valid_pct;
            read_offered[k] = offer;
            let beat = self.read_in[k].front().copied().unwrap_or_default();
            set_read_in(d, k, offer, beat);
        }
        let mut ready = [[false; 2]; 2];
        for (k, r) in ready.iter_mut().enumerate() {
            for x in r.iter_mut() {
                *x = self.rng.gen_range(0..100) < ready_pct;
            }
            set_sinks(d, k, r[0], r[1]);
        }
        d.set_failback(self.failback_pending);
        self.failback_pending = false;
        d.eval();

        if offer_send && d.s_axis_tready() != 0 {
            let (packet, at) = self.feeding.as_mut().expect("feeding");
            *at += 1;
            if *at == packet.beats.len() {
                self.feeding = None;
            }
        }
        self.links.sample(d, self.cycle, &mut self.out.links, &mut self.protocol_errors);
        for k in 0..2 {
            if read_offered[k] && read_in_ready(d, k) {
                self.read_in[k].pop_front();
            }
        }
        for k in 0..2 {
            let request = work_request(d, k);
            if let (Some(request), true) = (request, ready[k][0]) {
                self.links.work_request(self.cycle, request.qp);
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
            if valid && ready[k][1] {
                self.payload_words += 1;
                match self.work[k].as_mut() {
                    None => self.protocol_errors.push(format!("cycle {}: connector {k} sent payload without a work request", self.cycle)),
                    Some(w) => {
                        w.words.push(tdata);
                        if tlast {
                            let w = self.work[k].take().expect("present");
                            let bytes = w.words.len() * 8;
                            let wrong_length = bytes < w.length || bytes - w.length >= 8;
                            if wrong_length && w.kind == WrKind::Write.code() as u64 {
                                // The RC requester's contract: refused, nothing reaches the host
                                // (the connector closes an abandoned WRITE this way).
                                self.writes_refused += 1;
                            } else {
                                match host_op(&w) {
                                    Ok(op) => self.out.host.push(op),
                                    Err(e) => self.protocol_errors.push(format!("cycle {}: connector {k}: {e}", self.cycle)),
                                }
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
            "sends {:?} feeding {} {} read_in {:?} work {:?} reads {:?}",
            self.sends.iter().map(|(q, p)| (*q, p.len())).collect::<Vec<_>>(),
            self.feeding.is_some(),
            self.links.debug_state(),
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
                // One packet per READ Response at the path MTU, as the RC requester passes them on.
                let packets: Vec<&[u8]> = data.chunks(READ_RESPONSE_BYTES).collect();
                for (p, packet) in packets.iter().enumerate() {
                    let words = packet.len().div_ceil(8);
                    for w in 0..words {
                        let bytes = &packet[w * 8..packet.len().min(w * 8 + 8)];
                        let mut word = [0u8; 8];
                        word[..bytes.len()].copy_from_slice(bytes);
                        let beat = ReadBeat { tag, tdata: u64::from_le_bytes(word), tlast: w + 1 == words, length: packet.len() as u64, read_last: p + 1 == packets.len() };
                        self.read_in[k].push_back(beat);
                    }
                }
            }
        }
        Outputs::default()
    }

    controller_side!();

    fn idle(&self) -> bool {
        self.feeding.is_none()
            && self.sends.values().all(VecDeque::is_empty)
            && self.links.idle()
            && self.read_in.iter().all(VecDeque::is_empty)
            && self.work.iter().all(Option::is_none)
    }
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

// The verilated top has one set of host-side ports per connector (`c0_`, `c1_`); these pick them.

fn set_read_in(d: &mut ConnectorPair, k: usize, valid: bool, b: ReadBeat) {
    let (valid, tlast, last) = (valid as u64, b.tlast as u64, b.read_last as u64);
    if k == 0 {
        (d.set_c0_work_read_tvalid(valid), d.set_c0_work_read_tag(b.tag), d.set_c0_work_read_tdata(b.tdata), d.set_c0_work_read_tlast(tlast));
        (d.set_c0_work_read_length(b.length), d.set_c0_work_read_last(last));
    } else {
        (d.set_c1_work_read_tvalid(valid), d.set_c1_work_read_tag(b.tag), d.set_c1_work_read_tdata(b.tdata), d.set_c1_work_read_tlast(tlast));
        (d.set_c1_work_read_length(b.length), d.set_c1_work_read_last(last));
    }
}

fn read_in_ready(d: &ConnectorPair, k: usize) -> bool {
    (if k == 0 { d.c0_work_read_tready() } else { d.c1_work_read_tready() }) != 0
}

fn set_sinks(d: &mut ConnectorPair, k: usize, wr_ready: bool, payload_ready: bool) {
    if k == 0 {
        (d.set_c0_work_ready(wr_ready as u64), d.set_c0_work_payload_tready(payload_ready as u64));
    } else {
        (d.set_c1_work_ready(wr_ready as u64), d.set_c1_work_payload_tready(payload_ready as u64));
    }
}

fn work_request(d: &ConnectorPair, k: usize) -> Option<WorkRequest> {
    let (valid, qp, kind, length, va, rkey) = if k == 0 {
        (d.c0_work_valid(), d.c0_work_qp(), d.c0_work_kind(), d.c0_work_length(), d.c0_work_va(), d.c0_work_rkey())
    } else {
        (d.c1_work_valid(), d.c1_work_qp(), d.c1_work_kind(), d.c1_work_length(), d.c1_work_va(), d.c1_work_rkey())
    };
    (valid != 0).then(|| WorkRequest { qp: qp as u16, kind, length: length as usize, va, rkey: rkey as u32, words: Vec::new() })
}

fn work_tag(d: &ConnectorPair, k: usize) -> u64 {
    if k == 0 {
        d.c0_work_tag()
    } else {
        d.c1_work_tag()
    }
}

fn work_payload(d: &ConnectorPair, k: usize) -> (bool, u64, bool) {
    if k == 0 {
        (d.c0_work_payload_tvalid() != 0, d.c0_work_payload_tdata(), d.c0_work_payload_tlast() != 0)
    } else {
        (d.c1_work_payload_tvalid() != 0, d.c1_work_payload_tdata(), d.c1_work_payload_tlast() != 0)
    }
}
