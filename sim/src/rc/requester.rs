//! Testbench of the verilated RC requester: work requests and their payload in, packets out (to
//! be checked against the segmentation model by the caller), ACKs/NAKs in, completions out —
//! every stream with random `valid` gaps or back-pressure.

use crate::stimulus::{Handshake, TestRng};
use crate::verilated::RcRequester;
use nic_hdl::roce::rc::{CompletionStatus, RequesterEvent, WrKind};
use nic_hdl::tops::{SIM_REQUESTER_QP_BITS, SIM_REQUESTER_RING_BITS};
use std::collections::{BTreeMap, VecDeque};

pub const QPS: usize = 1 << SIM_REQUESTER_QP_BITS;
/// The simulation top's replay ring per QP.
pub const RING_BYTES: usize = 8 << SIM_REQUESTER_RING_BITS;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkRequest {
    pub qp: usize,
    pub kind: WrKind,
    pub va: u64,
    pub rkey: u32,
    pub tag: u8,
    /// What `wr_length` says; the stream carries `payload` (a test may make them disagree).
    pub length: u32,
    pub payload: Vec<u8>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct QpSetup {
    pub enable: bool,
    pub first_psn: u32,
    /// Path MTU = 256 << mtu_shift.
    pub mtu_shift: u8,
    pub timeout: u16,
    pub retry_limit: u8,
}

impl QpSetup {
    pub fn mtu(&self) -> usize {
        256 << self.mtu_shift
    }
}

/// A packet the requester sent, as its ports showed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxPacket {
    pub qp: usize,
    pub opcode: u8,
    pub psn: u32,
    pub ack_req: bool,
    pub reth: (u64, u32, u32),
    pub ieth: u32,
    pub payload: Vec<u8>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub qp: usize,
    pub tag: u8,
    pub status: Option<CompletionStatus>,
}

#[derive(Clone, Debug)]
pub struct Traffic {
    pub wr: Handshake,
    pub payload: Handshake,
    pub resp: Handshake,
    pub tx: Handshake,
    pub cpl: Handshake,
}

impl Traffic {
    pub fn smooth() -> Self {
        let h = Handshake { valid_percent: 100, ready_percent: 100, reset_one_in: 0 };
        Self { wr: h.clone(), payload: h.clone(), resp: h.clone(), tx: h.clone(), cpl: h }
    }

    pub fn random(rng: &mut TestRng) -> Self {
        Self {
            wr: Handshake::random(rng),
            payload: Handshake::random(rng),
            resp: Handshake::random(rng),
            tx: Handshake::random(rng),
            cpl: Handshake::random(rng),
        }
    }
}

/// An ACK/NAK or a READ Response for the requester.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub qp: usize,
    pub opcode: u8,
    pub syndrome: u8,
    pub psn: u32,
    pub payload: Vec<u8>,
}

pub struct Bench {
    pub dut: RcRequester,
    pub seed: u64,
    pub cycle: u64,
    pub traffic: Traffic,
    /// QP setups not yet taken.
    configs: VecDeque<(usize, QpSetup)>,
    wrs: VecDeque<WorkRequest>,
    wr_shown: bool,
    beats: VecDeque<(u64, bool)>,
    beat_shown: Option<(u64, bool)>,
    responses: VecDeque<Response>,
    response_shown: bool,
    response_beats: VecDeque<(u64, bool)>,
    response_beat_shown: Option<(u64, bool)>,
    /// READ data being collected, by QP (READs of different QPs interleave by response packet):
    /// the packet arriving, the READ's bytes so far.
    read_bytes: BTreeMap<usize, (Vec<u8>, Vec<u8>)>,
    /// READ data as the requester delivered it: QP, tag, bytes.
    pub reads: Vec<(usize, u8, Vec<u8>)>,
    /// READ data packets whose words did not match their byte count.
    pub read_errors: Vec<String>,
    descriptors: VecDeque<TxPacket>,
    words: Vec<u8>,
    payloads: VecDeque<Vec<u8>>,
    pub completions: Vec<Completion>,
    pub tx_words: u64,
}

impl Bench {
    pub fn new(seed: u64, traffic: Traffic, timer_prescale: u16) -> Self {
        let mut dut = RcRequester::new();
        dut.set_timer_prescale(timer_prescale as u64);
        let mut bench = Self {
            dut,
            seed,
            cycle: 0,
            traffic,
            configs: VecDeque::new(),
            wrs: VecDeque::new(),
            wr_shown: false,
            beats: VecDeque::new(),
            beat_shown: None,
            responses: VecDeque::new(),
            response_shown: false,
            response_beats: VecDeque::new(),
            response_beat_shown: None,
            read_bytes: BTreeMap::new(),
            reads: Vec::new(),
            read_errors: Vec::new(),
            descriptors: VecDeque::new(),
            words: Vec::new(),
            payloads: VecDeque::new(),
            completions: Vec::new(),
            tx_words: 0,
        };
        bench.dut.set_reset(1);
        bench.dut.cycle();
        bench.dut.set_reset(0);
        bench
    }

    pub fn setup(&mut self, qp: usize, setup: QpSetup) {
        self.configs.push_back((qp, setup));
    }

    /// Queues a work request and its payload stream (`payload` as beats; none when empty, and
    /// none for a READ, whose `payload` is what it will read).
    pub fn post(&mut self, wr: WorkRequest) {
        let n = wr.payload.len().div_ceil(8);
        let stream: &[u8] = if wr.kind == WrKind::Read { &[] } else { &wr.payload };
        for (i, chunk) in stream.chunks(8).enumerate() {
            let mut beat = [0xA5u8; 8];
            beat[..chunk.len()].copy_from_slice(chunk);
            self.beats.push_back((u64::from_le_bytes(beat), i + 1 == n));
        }
        self.wrs.push_back(wr);
    }

    /// An ACK or NAK (opcode 0x11).
    pub fn respond(&mut self, qp: usize, syndrome: u8, psn: u32) {
        self.responses.push_back(Response { qp, opcode: 0x11, syndrome, psn, payload: Vec::new() });
    }

    /// Any response, a READ Response with its payload included.
    pub fn respond_with(&mut self, response: Response) {
        self.responses.push_back(response);
    }

    /// Work requests, payload beats and responses not yet taken by the requester.
    pub fn inputs_left(&self) -> usize {
        self.configs.len()
            + self.wrs.len()
            + self.beats.len()
            + self.beat_shown.is_some() as usize
            + self.responses.len()
            + self.response_beats.len()
            + self.response_beat_shown.is_some() as usize
    }

    fn fail<T>(&self, what: String) -> Result<T, String> {
        Err(format!("seed {}, cycle {}: {what}", self.seed, self.cycle))
    }

    /// One clock cycle; the packets completed in it (descriptor and payload both seen).
    pub fn step(&mut self, rng: &mut TestRng) -> Result<Vec<TxPacket>, String> {
        let dut = &mut self.dut;
        dut.set_cfg_valid(0);
        if let Some((qp, s)) = self.configs.front() {
            dut.set_cfg_valid(1);
            dut.set_cfg_qp(*qp as u64);
            dut.set_cfg_enable(s.enable as u64);
            dut.set_cfg_first_psn(s.first_psn as u64);
            dut.set_cfg_mtu_shift(s.mtu_shift as u64);
            dut.set_cfg_timeout(s.timeout as u64);
            dut.set_cfg_retry_limit(s.retry_limit as u64);
        }
        if !self.wr_shown && !self.wrs.is_empty() && self.configs.is_empty() && self.traffic.wr.valid(rng) {
            let wr = &self.wrs[0];
            dut.set_wr_qp(wr.qp as u64);
            dut.set_wr_kind(wr.kind.code() as u64);
            dut.set_wr_length(wr.length as u64);
            dut.set_wr_va(wr.va);
            dut.set_wr_rkey(wr.rkey as u64);
            dut.set_wr_tag(wr.tag as u64);
            self.wr_shown = true;
        }
        dut.set_wr_valid(self.wr_shown as u64);
        if self.beat_shown.is_none() && self.traffic.payload.valid(rng) {
            self.beat_shown = self.beats.pop_front();
        }
        if let Some((data, last)) = self.beat_shown {
            dut.set_s_axis_wr_tdata(data);
            dut.set_s_axis_wr_tlast(last as u64);
        }
        dut.set_s_axis_wr_tvalid(self.beat_shown.is_some() as u64);
        if !self.response_shown && !self.responses.is_empty() && self.traffic.resp.valid(rng) {
            let r = &self.responses[0];
            dut.set_resp_qp(r.qp as u64);
            dut.set_resp_opcode(r.opcode as u64);
            dut.set_resp_syndrome(r.syndrome as u64);
            dut.set_resp_psn(r.psn as u64);
            dut.set_resp_payload_length(r.payload.len() as u64);
            self.response_shown = true;
        }
        dut.set_resp_valid(self.response_shown as u64);
        if self.response_beat_shown.is_none() && self.traffic.resp.valid(rng) {
            self.response_beat_shown = self.response_beats.pop_front();
        }
        if let Some((data, last)) = self.response_beat_shown {
            dut.set_s_axis_resp_tdata(data);
            dut.set_s_axis_resp_tlast(last as u64);
        }
        dut.set_s_axis_resp_tvalid(self.response_beat_shown.is_some() as u64);
        let read_ready = self.traffic.cpl.ready(rng);
        dut.set_m_axis_read_tready(read_ready as u64);
        let tx_ready = self.traffic.tx.ready(rng);
        let payload_ready = self.traffic.tx.ready(rng);
        let cpl_ready = self.traffic.cpl.ready(rng);
        dut.set_tx_ready(tx_ready as u64);
        dut.set_m_axis_tx_tready(payload_ready as u64);
        dut.set_cpl_ready(cpl_ready as u64);
        dut.eval();

        if !self.configs.is_empty() && dut.cfg_ready() != 0 {
            self.configs.pop_front();
        }
        if self.wr_shown && dut.wr_ready() != 0 {
            self.wrs.pop_front();
            self.wr_shown = false;
        }
        if self.beat_shown.is_some() && dut.s_axis_wr_tready() != 0 {
            self.beat_shown = None;
        }
        if self.response_beat_shown.is_some() && dut.s_axis_resp_tready() != 0 {
            self.response_beat_shown = None;
        }
        if read_ready && dut.m_axis_read_tvalid() != 0 {
            // A packet's words, cut to its byte count at its end; a READ ends with its last packet.
            let qp = dut.read_qp() as usize;
            let (packet, bytes) = self.read_bytes.entry(qp).or_default();
            packet.extend(dut.m_axis_read_tdata().to_le_bytes());
            if dut.m_axis_read_tlast() != 0 {
                let length = dut.read_length() as usize;
                if packet.len() != length.div_ceil(8) * 8 {
                    self.read_errors.push(format!("cycle {}: QP {qp}: a READ data packet of {} words says {length} bytes", self.cycle, packet.len() / 8));
                }
                packet.truncate(length);
                bytes.append(packet);
                if dut.read_last() != 0 {
                    let data = std::mem::take(bytes);
                    self.reads.push((qp, dut.read_tag() as u8, data));
                }
            }
        }
        if self.response_shown && dut.resp_ready() != 0 {
            // Its payload follows the header.
            let r = self.responses.pop_front().unwrap();
            let n = r.payload.len().div_ceil(8);
            for (i, chunk) in r.payload.chunks(8).enumerate() {
                let mut beat = [0u8; 8];
                beat[..chunk.len()].copy_from_slice(chunk);
                self.response_beats.push_back((u64::from_le_bytes(beat), i + 1 == n));
            }
            self.response_shown = false;
        }
        if tx_ready && dut.tx_valid() != 0 {
            self.descriptors.push_back(TxPacket {
                qp: dut.tx_qp() as usize,
                opcode: dut.tx_opcode() as u8,
                psn: dut.tx_psn() as u32,
                ack_req: dut.tx_ack_req() != 0,
                reth: (dut.tx_reth_va(), dut.tx_reth_rkey() as u32, dut.tx_reth_length() as u32),
                ieth: dut.tx_ieth_rkey() as u32,
                payload: vec![0; dut.tx_payload_length() as usize],
            });
        }
        if payload_ready && dut.m_axis_tx_tvalid() != 0 {
            self.words.extend(dut.m_axis_tx_tdata().to_le_bytes());
            self.tx_words += 1;
            if dut.m_axis_tx_tlast() != 0 {
                self.payloads.push_back(std::mem::take(&mut self.words));
            }
        }
        if cpl_ready && dut.cpl_valid() != 0 {
            self.completions.push(Completion {
                qp: dut.cpl_qp() as usize,
                tag: dut.cpl_tag() as u8,
                status: CompletionStatus::from_code(dut.cpl_status() as u8),
            });
        }
        self.dut.cycle();
        self.cycle += 1;

        // Pair descriptors with their payload packets, in order.
        let mut packets = Vec::new();
        while let Some(d) = self.descriptors.front() {
            let length = d.payload.len();
            if length == 0 {
                packets.push(self.descriptors.pop_front().unwrap());
                continue;
            }
            let Some(words) = self.payloads.pop_front() else { break };
            let mut p = self.descriptors.pop_front().unwrap();
            if words.len() != length.div_ceil(8) * 8 {
                return self.fail(format!("packet PSN {:#x}: {} payload words for {} bytes", p.psn, words.len() / 8, length));
            }
            p.payload.copy_from_slice(&words[..length]);
            packets.push(p);
        }
        Ok(packets)
    }

    /// Reads every counter.
    pub fn counters(&mut self) -> BTreeMap<RequesterEvent, u64> {
        let mut counts = BTreeMap::new();
        for e in RequesterEvent::ALL {
            self.dut.set_counter_read_index(e.code() as u64);
            self.dut.cycle();
            self.dut.eval();
            counts.insert(e, self.dut.counter_read_value());
        }
        counts
    }
}
