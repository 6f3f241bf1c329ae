//! The whole NIC core (`nic_core`: parser, RC responder and requester, connectors, builder) in
//! Verilator as a [`Nic`] of the message-level fabric: the hosts' messages become RoCEv2 frames
//! and the NIC's frames become the hosts' messages again, so the same hosts, controllers, events
//! and checks as the connector model run over the real wire format.
//!
//! Between the fabric's host and the RTL sits each QP's host-side RC endpoint: it cuts the
//! host's SENDs into packets (PSNs, AckReq on the last), answers the NIC's WRITEs and SENDs with
//! ACKs when asked, turns the NIC's READ Requests into host reads and their data into READ
//! Responses at the READ's PSNs. The link is lossless, so every frame the NIC sends must parse
//! (the receive parser's model is the judge), arrive in PSN order, and no NAK may ever come: any
//! of that is a protocol error. Every frame both ways is recorded for a pcap.

use super::connector::{HostIn, HostOp, Outputs};
use super::fabric::Nic;
use super::links::{controller_side, ControllerLinks, LinkPorts, Pressure};
use super::rdma_cm::{Connection, Endpoint};
use crate::models::rx_parser::{parse, ParserConfig};
use crate::models::tx_builder::{frame, TxDescriptor};
use crate::stimulus::{rng, TestRng};
use crate::verilated::NicCore;
use nic_hdl::roce::rc::{
    packets_of, psn_add, read_response_opcode, request_opcode, request_position, RequesterEvent, ResponderOutcome, WrKind, PSN_MASK, SYNDROME_ACK,
};
use rand::Rng;
use std::collections::{BTreeMap, VecDeque};

/// Path MTU of every QP (`mtu_shift` 2: 256 << 2).
pub const MTU: usize = 1024;
pub const MTU_SHIFT: u64 = 2;
pub const NIC_MAC: u64 = 0x02_4e_49_43_00_01;
pub const NIC_IP: u32 = 0x0a00_0001;
/// Ticks of 100 cycles before the NIC resends an unacknowledged packet: 200 000 cycles, 2 ms at
/// 100 MHz (IB local ACK timeout 9). A 16 KiB WRITE shares the host link with every other QP's
/// traffic, so its ACK can take tens of thousands of cycles under load: a shorter timeout resends
/// what is merely queued.
pub const ACK_TIMEOUT_TICKS: u64 = 2000;

/// The NIC's QPN of QP 0 (QP q is `NIC_QPN_BASE` + q): above InfiniBand's management QPs 0 and 1.
pub const NIC_QPN_BASE: u32 = 0x10;

/// The host end of QP q: host q mod 2, host QP number `HOST_QPN_BASE` + q.
pub const HOST_QPN_BASE: u32 = 0x100;

pub fn host_mac(qp: u16) -> u64 {
    0x02_48_4f_53_54_00 | (qp as u64 % 2)
}

pub fn host_ip(qp: u16) -> u32 {
    0x0a00_000a + qp as u32 % 2
}

/// First PSNs: spread out, and QP 3's host starts just before the 24-bit wrap.
pub fn host_first_psn(qp: u16) -> u32 {
    if qp == 3 {
        PSN_MASK - 5
    } else {
        (qp as u32).wrapping_mul(0x9E37) & PSN_MASK
    }
}

pub fn nic_first_psn(qp: u16) -> u32 {
    (qp as u32).wrapping_mul(0x7F4A_7C15) & PSN_MASK
}

/// A message's packets' payloads at the path MTU (a zero-length message is one empty packet).
fn mtu_chunks(data: &[u8]) -> Vec<&[u8]> {
    if data.is_empty() {
        vec![data]
    } else {
        data.chunks(MTU).collect()
    }
}

/// A message the NIC is sending a host, being put together.
enum Incoming {
    Write { va: u64, rkey: u32, data: Vec<u8> },
    Send { data: Vec<u8> },
}

/// A READ the NIC asked a host for: its first PSN and the host read it became.
struct PendingRead {
    read: u32,
    psn: u32,
    data: Option<Vec<u8>>,
}

/// One QP's host-side RC endpoint.
struct HostQp {
    /// Requester side: the next PSN of the host's SENDs, and those not yet acknowledged.
    next_psn: u32,
    unacked: VecDeque<u32>,
    /// Responder side: the NIC's next PSN, completed messages, the message being received.
    expected_psn: u32,
    msn: u32,
    incoming: Option<Incoming>,
    /// READs in PSN order; their responses leave in that order.
    reads: VecDeque<PendingRead>,
    /// An ACK asked for while a READ was unanswered: sent after the READ's responses.
    deferred_ack: Option<u32>,
}

/// One QP's set-up: where the NIC serves it, and the host at its other end.
#[derive(Clone, Debug, PartialEq)]
pub struct QpSetup {
    pub qp: u16,
    pub connector: usize,
    pub controller: usize,
    pub peer_mac: u64,
    pub peer_ip: u32,
    pub peer_qpn: u32,
    /// The host's first PSN (what the NIC's responder expects) and the NIC's first PSN.
    pub host_psn: u32,
    pub nic_psn: u32,
}

/// A frame on the wire, with the cycle it went, for the pcap.
#[derive(Clone, Debug)]
pub struct WireFrame {
    pub cycle: u64,
    pub to_nic: bool,
    pub bytes: Vec<u8>,
}

pub struct NicCoreRtl {
    pub dut: NicCore,
    rng: TestRng,
    pub cycle: u64,
    pub clocks_per_tick: u64,
    pub pressure: Pressure,
    pub links: ControllerLinks,
    qps: BTreeMap<u16, HostQp>,
    /// Frames to the NIC per QP (in order per QP; QPs interleave), and the one being fed.
    to_nic: BTreeMap<u16, VecDeque<Vec<u8>>>,
    feeding: Option<(Vec<u8>, usize)>,
    from_nic: Vec<u8>,
    failback_pending: bool,
    next_read: u32,
    out: Outputs,
    pub wire: Vec<WireFrame>,
    /// Keep every frame for a pcap (off for long runs).
    pub record: bool,
    /// Play each QP's host-side RC endpoint (on by default); off, the NIC's frames are only
    /// recorded — a replay of captured host frames (`super::replay`).
    pub host_endpoints: bool,
    pub protocol_errors: Vec<String>,
    /// Beats the NIC transmitted (the host link's load).
    pub tx_beats: u64,
    /// Without host endpoints: the NIC's frames for whoever is at the other end of the wire.
    pub sent: Vec<Vec<u8>>,
}

impl NicCoreRtl {
    pub fn new(seed: u64, heartbeat_timeout_ticks: u64, clocks_per_tick: u64, pressure: Pressure) -> Self {
        let mut dut = NicCore::new();
        let links = ControllerLinks::new(&mut dut);
        dut.set_heartbeat_timeout((heartbeat_timeout_ticks * clocks_per_tick).min(0xFFFF));
        dut.set_local_mac(NIC_MAC);
        dut.set_local_ip(NIC_IP as u64);
        dut.set_local_qpn_base(NIC_QPN_BASE as u64);
        dut.set_mtu_shift(MTU_SHIFT);
        // Timer ticks of 100 cycles; an unanswered packet is resent after `ACK_TIMEOUT_TICKS`.
        dut.set_timer_prescale(99);
        dut.set_rnr_timer(0x0E);
        dut.set_reset(1);
        dut.cycle();
        dut.set_reset(0);
        let mut nic = Self {
            dut,
            rng: rng(seed ^ 0x0ce0_f1fe),
            cycle: 0,
            clocks_per_tick,
            pressure,
            links,
            qps: BTreeMap::new(),
            to_nic: BTreeMap::new(),
            feeding: None,
            from_nic: Vec::new(),
            failback_pending: false,
            next_read: 0,
            out: Outputs::default(),
            wire: Vec::new(),
            record: true,
            host_endpoints: true,
            protocol_errors: Vec::new(),
            tx_beats: 0,
            sent: Vec::new(),
        };
        // The counter banks clear themselves after reset; set-up waits for them.
        for _ in 0..64 {
            nic.idle_cycle();
        }
        nic
    }

    fn idle_cycle(&mut self) {
        self.dut.eval();
        self.dut.cycle();
        self.cycle += 1;
    }

    fn header(&self, qp: u16, opcode: u8, psn: u32, payload_length: usize) -> TxDescriptor {
        TxDescriptor {
            dst_mac: NIC_MAC,
            src_mac: host_mac(qp),
            src_ip: host_ip(qp),
            dst_ip: NIC_IP,
            udp_src_port: 0xD000 | qp,
            opcode,
            pkey: 0xFFFF,
            dest_qp: NIC_QPN_BASE + qp as u32,
            psn,
            payload_length,
            ..Default::default()
        }
    }

    fn send_frame(&mut self, qp: u16, desc: TxDescriptor, payload: &[u8]) {
        self.to_nic.entry(qp).or_default().push_back(frame(&desc, payload, false));
    }

    fn send_ack(&mut self, qp: u16, psn: u32) {
        let msn = self.qps[&qp].msn;
        let desc = TxDescriptor { aeth_syndrome: SYNDROME_ACK, aeth_msn: msn, ..self.header(qp, 0x11, psn, 0) };
        self.send_frame(qp, desc, &[]);
    }

    /// A host's SEND: packets at the path MTU, AckReq on the last.
    fn host_send(&mut self, qp: u16, data: &[u8]) {
        let chunks = mtu_chunks(data);
        let count = chunks.len();
        for (i, chunk) in chunks.into_iter().enumerate() {
            let state = self.qps.get_mut(&qp).expect("configured QP");
            let psn = state.next_psn;
            state.next_psn = psn_add(psn, 1);
            state.unacked.push_back(psn);
            let opcode = request_opcode(WrKind::Send, i == 0, i + 1 == count);
            let desc = TxDescriptor { ack_req: i + 1 == count, ..self.header(qp, opcode, psn, chunk.len()) };
            self.send_frame(qp, desc, chunk);
        }
    }

    /// READ Responses for the oldest READs whose data is in, in PSN order.
    fn answer_reads(&mut self, qp: u16) {
        loop {
            let state = self.qps.get_mut(&qp).expect("configured QP");
            let Some(PendingRead { data: Some(_), .. }) = state.reads.front() else { break };
            let read = state.reads.pop_front().expect("front");
            state.msn = (state.msn + 1) & PSN_MASK;
            let msn = state.msn;
            let data = read.data.expect("answered");
            let chunks = mtu_chunks(&data);
            let count = chunks.len();
            for (i, chunk) in chunks.into_iter().enumerate() {
                let opcode = read_response_opcode(i == 0, i + 1 == count);
                let desc = TxDescriptor { aeth_syndrome: SYNDROME_ACK, aeth_msn: msn, ..self.header(qp, opcode, psn_add(read.psn, i as u32), chunk.len()) };
                self.send_frame(qp, desc, chunk);
            }
        }
        let state = self.qps.get_mut(&qp).expect("configured QP");
        if state.reads.is_empty() {
            if let Some(psn) = state.deferred_ack.take() {
                self.send_ack(qp, psn);
            }
        }
    }

    /// A frame the NIC sent: judged by the parser model, then served as the host would.
    fn from_nic_frame(&mut self, bytes: Vec<u8>) {
        let cycle = self.cycle;
        let parsed = parse(&bytes, false, &ParserConfig { pkey: 0xFFFF, path_mtu: MTU });
        if self.record {
            self.wire.push(WireFrame { cycle, to_nic: false, bytes: bytes.clone() });
        }
        if !self.host_endpoints {
            self.sent.push(bytes);
            return;
        }
        if parsed.verdict != 0 {
            self.protocol_errors.push(format!("cycle {cycle}: the NIC sent a frame the parser drops ({:?})", parsed.cause()));
            return;
        }
        let d = &parsed.descriptor;
        let payload = parsed.payload_bytes();
        let qp = d.dest_qp.wrapping_sub(HOST_QPN_BASE as u64) as u16;
        if d.dest_qp < HOST_QPN_BASE as u64 || !self.qps.contains_key(&qp) || d.dst_mac != host_mac(qp) || d.dst_ip != host_ip(qp) as u64 {
            self.protocol_errors.push(format!("cycle {cycle}: a frame to no host QP: QPN {:#x}, MAC {:#x}", d.dest_qp, d.dst_mac));
            return;
        }
        let (opcode, psn) = (d.opcode as u8, d.psn as u32);
        let state = self.qps.get_mut(&qp).expect("known");
        if opcode == 0x11 {
            if d.aeth_syndrome as u8 >> 5 != 0 {
                self.protocol_errors.push(format!("cycle {cycle}: QP {qp}: the NIC sent a NAK (syndrome {:#x}, PSN {psn:#x})", d.aeth_syndrome));
                return;
            }
            // An ACK retires the host's SENDs up to its PSN.
            match state.unacked.iter().position(|p| *p == psn) {
                Some(at) => drop(state.unacked.drain(..=at)),
                None => self.protocol_errors.push(format!("cycle {cycle}: QP {qp}: ACK for PSN {psn:#x}, not in flight")),
            }
            return;
        }
        if psn != state.expected_psn {
            self.protocol_errors.push(format!("cycle {cycle}: QP {qp}: the NIC sent PSN {psn:#x}, expected {:#x}", state.expected_psn));
            return;
        }
        if opcode == 0x0C {
            let length = d.reth_dma_length as u32;
            state.expected_psn = psn_add(psn, packets_of(length, MTU as u32));
            let read = self.next_read;
            self.next_read += 1;
            state.reads.push_back(PendingRead { read, psn, data: None });
            self.out.host.push(HostOp::RdmaRead { qp, va: d.reth_va, rkey: d.reth_rkey as u32, length, read });
            return;
        }
        let Some(position) = request_position(opcode) else {
            self.protocol_errors.push(format!("cycle {cycle}: QP {qp}: the NIC sent opcode {opcode:#x}"));
            return;
        };
        state.expected_psn = psn_add(psn, 1);
        let is_write = (0x06..=0x0B).contains(&opcode);
        if position.starts {
            if state.incoming.is_some() {
                self.protocol_errors.push(format!("cycle {cycle}: QP {qp}: a new message inside another"));
            }
            state.incoming = Some(if is_write {
                Incoming::Write { va: d.reth_va, rkey: d.reth_rkey as u32, data: Vec::new() }
            } else {
                Incoming::Send { data: Vec::new() }
            });
        }
        match state.incoming.as_mut() {
            Some(Incoming::Write { data, .. }) if is_write => data.extend_from_slice(&payload),
            Some(Incoming::Send { data }) if !is_write => data.extend_from_slice(&payload),
            _ => {
                self.protocol_errors.push(format!("cycle {cycle}: QP {qp}: opcode {opcode:#x} outside its message"));
                return;
            }
        }
        if position.ends {
            state.msn = (state.msn + 1) & PSN_MASK;
            let op = match state.incoming.take().expect("open") {
                Incoming::Write { va, rkey, data } => HostOp::RdmaWrite { qp, va, rkey, data },
                Incoming::Send { data } => HostOp::Send { qp, data, invalidate: (d.has_ieth != 0).then_some(d.ieth_rkey as u32) },
            };
            self.out.host.push(op);
        }
        if d.ack_req != 0 {
            if state.reads.is_empty() {
                self.send_ack(qp, psn);
            } else {
                state.deferred_ack = Some(psn);
            }
        }
    }

    /// One clock cycle: offer, sample, clock.
    fn step(&mut self) {
        let Pressure { valid_pct, ready_pct } = self.pressure;
        if self.feeding.is_none() {
            let waiting: Vec<u16> = self.to_nic.iter().filter(|(_, q)| !q.is_empty()).map(|(qp, _)| *qp).collect();
            if !waiting.is_empty() {
                let qp = waiting[self.rng.gen_range(0..waiting.len())];
                let bytes = self.to_nic.get_mut(&qp).and_then(VecDeque::pop_front).expect("waiting");
                if self.record {
                    self.wire.push(WireFrame { cycle: self.cycle, to_nic: true, bytes: bytes.clone() });
                }
                self.feeding = Some((bytes, 0));
            }
        }
        let offer = self.feeding.is_some() && self.rng.gen_range(0..100) < valid_pct;
        let take = self.rng.gen_range(0..100) < ready_pct;
        let d = &mut self.dut;
        d.set_s_axis_rx_tvalid(offer as u64);
        if let Some((bytes, at)) = &self.feeding {
            let chunk = &bytes[at * 8..bytes.len().min(at * 8 + 8)];
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            d.set_s_axis_rx_tdata(u64::from_le_bytes(word));
            d.set_s_axis_rx_tkeep(((1u16 << chunk.len()) - 1) as u64);
            d.set_s_axis_rx_tlast(((at + 1) * 8 >= bytes.len()) as u64);
            d.set_s_axis_rx_tuser(0);
        }
        d.set_m_axis_tx_tready(take as u64);
        self.links.drive(d, self.cycle, &mut self.rng, self.pressure);
        d.set_failback(self.failback_pending);
        self.failback_pending = false;
        d.eval();

        if offer && d.s_axis_rx_tready() != 0 {
            let (bytes, at) = self.feeding.as_mut().expect("feeding");
            *at += 1;
            if *at * 8 >= bytes.len() {
                self.feeding = None;
            }
        }
        let mut frame_out = None;
        if take && d.m_axis_tx_tvalid() != 0 {
            self.tx_beats += 1;
            let keep = d.m_axis_tx_tkeep() as u8;
            self.from_nic.extend_from_slice(&d.m_axis_tx_tdata().to_le_bytes()[..keep.count_ones() as usize]);
            if d.m_axis_tx_tlast() != 0 {
                frame_out = Some(std::mem::take(&mut self.from_nic));
            }
        }
        self.links.sample(&self.dut, self.cycle, &mut self.out.links, &mut self.protocol_errors);
        self.dut.cycle();
        self.cycle += 1;
        if let Some(bytes) = frame_out {
            self.from_nic_frame(bytes);
        }
    }

    /// Runs `cycles` clock cycles (outputs gathered for the next `tick`).
    pub fn run(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.step();
        }
    }

    /// The host-side RC state that is not yet settled, for a stuck run's report.
    pub fn debug_state(&self) -> String {
        let qps: Vec<String> = self
            .qps
            .iter()
            .filter(|(_, s)| !s.unacked.is_empty() || !s.reads.is_empty() || s.incoming.is_some())
            .map(|(q, s)| format!("QP {q}: {} unacked, {} reads, message open {}", s.unacked.len(), s.reads.len(), s.incoming.is_some()))
            .collect();
        format!(
            "to NIC {:?}, feeding {}, {}; {}; QPs in error {:#x}",
            self.to_nic.iter().map(|(q, f)| (*q, f.len())).collect::<Vec<_>>(),
            self.feeding.is_some(),
            self.links.debug_state(),
            qps.join("; "),
            self.dut.roce_counters_qp_error()
        )
    }

    /// Frames the core counted by cause, beyond the connectors' counters.
    pub fn transport_counters(&self) -> BTreeMap<&'static str, u64> {
        let d = &self.dut;
        BTreeMap::from([
            ("rx_unknown_qp", d.roce_counters_rx_unknown_qp()),
            ("rx_not_served", d.roce_counters_rx_not_served()),
            ("acks_sent", d.roce_counters_acks_sent()),
            ("requests_sent", d.roce_counters_requests_sent()),
            ("work_requests_failed", d.roce_counters_work_requests_failed()),
            ("tx_frames", d.roce_counters_tx_frames()),
            ("tx_bad_descriptors", d.roce_counters_tx_bad_descriptors()),
            ("tx_payload_mismatches", d.roce_counters_tx_payload_mismatches()),
        ])
    }

    /// Frames the parser dropped, by cause code (index 0: accepted).
    pub fn rx_counter(&mut self, index: u64) -> u64 {
        self.dut.set_roce_counters_rx_stat_index(index);
        self.idle_cycle();
        self.dut.eval();
        self.dut.roce_counters_rx_stat_value()
    }

    /// One counter bank read by index, each entry one cycle: `select` sets the index, `value`
    /// reads the counter.
    fn counter_bank(&mut self, names: impl Iterator<Item = (u8, &'static str)>, select: fn(&mut NicCore, u64), value: fn(&NicCore) -> u64) -> BTreeMap<&'static str, u64> {
        names
            .map(|(code, name)| {
                select(&mut self.dut, code as u64);
                self.idle_cycle();
                self.dut.eval();
                (name, value(&self.dut))
            })
            .collect()
    }

    /// The RC requester's events (packets sent and resent, timeouts, NAKs...) by name.
    pub fn requester_counters(&mut self) -> BTreeMap<&'static str, u64> {
        let names = RequesterEvent::ALL.iter().map(|e| (e.code(), e.name()));
        self.counter_bank(names, NicCore::set_roce_counters_requester_counter_index, NicCore::roce_counters_requester_counter_value)
    }

    /// The RC responder's verdicts on the hosts' packets by name.
    pub fn responder_counters(&mut self) -> BTreeMap<&'static str, u64> {
        let names = ResponderOutcome::ALL.iter().map(|o| (o.code(), o.name()));
        self.counter_bank(names, NicCore::set_roce_counters_responder_counter_index, NicCore::roce_counters_responder_counter_value)
    }

    /// The NIC's own addresses, the QPN of its QP 0 and its path MTU (256 << `mtu_shift` bytes).
    pub fn set_local(&mut self, mac: u64, ip: u32, qpn_base: u32, mtu_shift: u64) {
        self.dut.set_local_mac(mac);
        self.dut.set_local_ip(ip as u64);
        self.dut.set_local_qpn_base(qpn_base as u64);
        self.dut.set_mtu_shift(mtu_shift);
    }

    /// Takes a QP out of service in every block.
    pub fn remove_qp(&mut self, qp: u16) {
        self.write_qp_config(&QpSetup { qp, connector: 0, controller: 0, peer_mac: 0, peer_ip: 0, peer_qpn: 0, host_psn: 0, nic_psn: 0 }, false);
    }

    /// Sets a QP up in every block at once (connectors, responder, requester, peer table).
    pub fn configure_qp(&mut self, s: &QpSetup) {
        self.write_qp_config(s, true);
    }

    fn write_qp_config(&mut self, s: &QpSetup, enable: bool) {
        let d = &mut self.dut;
        d.set_cfg_qp(s.qp as u64);
        d.set_cfg_enable(enable as u64);
        d.set_cfg_connector(s.connector as u64);
        d.set_cfg_controller(s.controller as u64);
        d.set_cfg_peer_mac(s.peer_mac);
        d.set_cfg_peer_ip(s.peer_ip as u64);
        d.set_cfg_peer_qpn(s.peer_qpn as u64);
        d.set_cfg_rx_psn(s.host_psn as u64);
        d.set_cfg_tx_psn(s.nic_psn as u64);
        d.set_cfg_timeout(ACK_TIMEOUT_TICKS);
        d.set_cfg_retry_limit(7);
        d.set_cfg_valid(1);
        let mut taken = false;
        for _ in 0..1000 {
            self.dut.eval();
            taken = self.dut.cfg_ready() != 0;
            self.dut.cycle();
            self.cycle += 1;
            if taken {
                break;
            }
        }
        assert!(taken, "the NIC core never took the configuration of QP {}", s.qp);
        self.dut.set_cfg_valid(0);
    }

    /// The RDMA-CM exchange that set each host QP up (host's REQ, NIC's REP, host's RTU), for the
    /// start of a pcap (`super::rdma_cm`): QP q is NVMe queue q (0 the admin queue).
    pub fn cm_frames(&self) -> Vec<WireFrame> {
        let mut frames = Vec::new();
        for qp in self.qps.keys().copied() {
            let connection = Connection {
                host: Endpoint { mac: host_mac(qp), ip: host_ip(qp), qpn: HOST_QPN_BASE + qp as u32, psn: host_first_psn(qp) },
                nic: Endpoint { mac: NIC_MAC, ip: NIC_IP, qpn: NIC_QPN_BASE + qp as u32, psn: nic_first_psn(qp) },
                qid: qp,
                depth: 32,
                mtu_code: MTU_SHIFT as u8 + 1,
            };
            frames.extend(connection.frames().into_iter().map(|(to_nic, bytes)| WireFrame { cycle: 0, to_nic, bytes }));
        }
        frames
    }

    /// Queues a raw frame toward the NIC (bad-input tests), as QP `qp`'s traffic.
    pub fn inject(&mut self, qp: u16, bytes: Vec<u8>) {
        self.to_nic.entry(qp).or_default().push_back(bytes);
    }

    /// No frame waits to go in and none is going in.
    pub fn input_idle(&self) -> bool {
        self.feeding.is_none() && self.to_nic.values().all(VecDeque::is_empty)
    }
}

impl Nic for NicCoreRtl {
    fn add_qp(&mut self, qp: u16, connector: usize, controller: usize) {
        self.configure_qp(&QpSetup {
            qp,
            connector,
            controller,
            peer_mac: host_mac(qp),
            peer_ip: host_ip(qp),
            peer_qpn: HOST_QPN_BASE + qp as u32,
            host_psn: host_first_psn(qp),
            nic_psn: nic_first_psn(qp),
        });
        self.qps.insert(
            qp,
            HostQp {
                next_psn: host_first_psn(qp),
                unacked: VecDeque::new(),
                expected_psn: nic_first_psn(qp),
                msn: 0,
                incoming: None,
                reads: VecDeque::new(),
                deferred_ack: None,
            },
        );
    }

    fn from_host(&mut self, _now: u64, input: HostIn) -> Outputs {
        match input {
            HostIn::Send { qp, data } => self.host_send(qp, &data),
            HostIn::ReadResponse { qp, read, data } => {
                let state = self.qps.get_mut(&qp).expect("configured QP");
                match state.reads.iter_mut().find(|r| r.read == read) {
                    Some(pending) => pending.data = Some(data),
                    None => self.protocol_errors.push(format!("QP {qp}: data for read {read}, never asked")),
                }
                self.answer_reads(qp);
            }
        }
        Outputs::default()
    }

    controller_side!();

    fn idle(&self) -> bool {
        self.input_idle()
            && self.links.idle()
            && self.qps.values().all(|s| s.unacked.is_empty() && s.incoming.is_none())
    }
}
