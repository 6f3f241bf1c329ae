//! The whole-path self-test: the NIC core's small configuration (`SmallNicCore`) between host
//! frames from block RAM and a checker, with a [`LoopbackPair`] of controllers on each
//! connector's links. Every block of the datapath is on the path: parser, frame queue,
//! router, RC responder, dispatcher, connectors (QP table, capsule buffer, failover), RC
//! requester, transmit multiplexer and packet builder.
//!
//! A run: reset the core, set its QPs up (`NIC_SELF_TEST_QPS`), feed the image's host frames
//! (NVMe command capsules and the host's ACKs), each once the NIC has sent the SEND frames the
//! image says it waits for; controller A's link is pulled where the image says, so the run also
//! fails the QPs of A over to B. The checker takes every frame the NIC sends, sorts it by
//! opcode — ACK, or anything else — and compares its signature
//! ([`frame_signature`](super::nic_self_test_image::frame_signature)), beat count and last
//! `tkeep` with the next expected frame of that kind. The run passes when every expected frame
//! has come, matching, and every host frame has gone; it fails on any mismatch or unexpected
//! frame, or when nothing has moved for `ANSWER_TIMEOUT` cycles (set-up included). It runs once
//! after reset and again on `start`; `inject_fault` (sampled with it) flips a bit of the first
//! host frame's ICRC, so the NIC drops that capsule and the run must fail: the check of the
//! checker.

use super::loopback_pair::LoopbackPair;
use crate::bundles::controller_links::ControllerLinks;
use super::nic_self_test_image::{frame_signature, NicSelfTestImage};
use crate::constant::constant;
use crate::counters::COUNTER_INDEX_BITS;
use crate::roce::wire::DEFAULT_PKEY;
use crate::stream::keep_mask::KeepMask;
use super::self_test_qps::SelfTestQps;
use crate::sizes::SmallNicCore;
use rust_hdl::prelude::*;
use std::collections::BTreeMap;

/// One QP of the self-test: where the NIC serves it and the host at its other end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelfTestQp {
    pub qp: u16,
    pub connector: u8,
    pub controller: u8,
    pub peer_mac: u64,
    pub peer_ip: u32,
    pub peer_qpn: u32,
    /// The host's first PSN (what the responder expects) and the NIC's first PSN.
    pub host_psn: u32,
    pub nic_psn: u32,
}

/// QP 0 on connector 0, served by controller A (it fails over to B when A's link is pulled);
/// QP 1 on connector 1, served by B. QP 0's host PSNs cross the 24-bit wrap.
pub const NIC_SELF_TEST_QPS: [SelfTestQp; 2] = [
    SelfTestQp { qp: 0, connector: 0, controller: 0, peer_mac: 0x02_48_4f_53_54_00, peer_ip: 0x0a00_000a, peer_qpn: 0x100, host_psn: 0xFF_FFFD, nic_psn: 0x12_3456 },
    SelfTestQp { qp: 1, connector: 1, controller: 1, peer_mac: 0x02_48_4f_53_54_01, peer_ip: 0x0a00_000b, peer_qpn: 0x101, host_psn: 0x00_0100, nic_psn: 0xAB_CDEF },
];
pub const NIC_SELF_TEST_MAC: u64 = 0x02_4e_49_43_00_01;
pub const NIC_SELF_TEST_IP: u32 = 0x0a00_0001;
/// The NIC's QPN of QP 0.
pub const NIC_SELF_TEST_QPN_BASE: u32 = 0x10;
/// Path MTU 256 << 2 = 1 KiB.
pub const NIC_SELF_TEST_MTU_SHIFT: u64 = 2;
pub const NIC_SELF_TEST_PKEY: u16 = DEFAULT_PKEY;

/// Stimulus word: data 63:0, keep 71:64, last 72, gate 80:73, pull link A 81.
const STIMULUS_WIDTH: usize = 82;
/// Expected frame: signature 63:0, beats 71:64, last keep 79:72.
const EXPECTED_WIDTH: usize = 80;
/// Cycles without a beat in or out after which a run has failed.
const ANSWER_TIMEOUT: u64 = 4096;
/// Cycles the core is held in reset at the start of a run.
const RESET_CYCLES: u64 = 15;
/// Byte 42 of a frame, the BTH opcode, is lane 2 of beat 5.
const OPCODE_BEAT: u64 = 5;
const OPCODE_ACKNOWLEDGE: u64 = 0x11;

/// Mismatch kinds, one bit each in `mismatch_kinds`.
pub const MISMATCH_ACK: u64 = 1;
pub const MISMATCH_SEND: u64 = 2;
/// A frame beyond the expected ones of its kind.
pub const MISMATCH_UNEXPECTED: u64 = 4;
pub const MISMATCH_TIMEOUT: u64 = 8;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum SelfTestPhase {
    Idle,
    Resetting,
    Configuring,
    Running,
}

fn expected_rom<const CHECK_BITS: usize>(frames: &[Vec<u8>]) -> ROM<Bits<EXPECTED_WIDTH>, CHECK_BITS> {
    assert!(frames.len() < 1 << CHECK_BITS, "{} expected frames do not fit 2^{CHECK_BITS}", frames.len());
    let words: BTreeMap<Bits<CHECK_BITS>, Bits<EXPECTED_WIDTH>> = frames
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let s = frame_signature(f);
            let word = bit_cast::<EXPECTED_WIDTH, 64>(s.signature.to_bits())
                | bit_cast::<EXPECTED_WIDTH, 64>((s.beats as u64 | (s.last_keep as u64) << 8).to_bits()) << 64;
            ((i as u64).to_bits(), word)
        })
        .collect();
    ROM::new(words)
}

/// The whole-path self-test around `SmallNicCore`: 256 stimulus beats, 15 expected frames of a kind.
pub type BoardNicSelfTest = NicSelfTest<8, 4>;

#[derive(LogicBlock)]
pub struct NicSelfTest<const BEAT_BITS: usize, const CHECK_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Run again (a one-cycle pulse); `inject_fault` is sampled with it.
    pub start: Signal<In, Bit>,
    pub inject_fault: Signal<In, Bit>,
    pub running: Signal<Out, Bit>,
    pub passed: Signal<Out, Bit>,
    pub failed: Signal<Out, Bit>,
    /// Of the current (or last) run: host frames fed, ACK and SEND frames checked, mismatches,
    /// the NIC's frame (counted from 0) of the first mismatch, the kinds seen (`MISMATCH_*`),
    /// cycles from the start (the core's reset) to the end.
    pub frames_sent: Signal<Out, Bits<16>>,
    pub acks_checked: Signal<Out, Bits<16>>,
    pub sends_checked: Signal<Out, Bits<16>>,
    pub mismatches: Signal<Out, Bits<16>>,
    pub first_mismatch: Signal<Out, Bits<16>>,
    pub mismatch_kinds: Signal<Out, Bits<4>>,
    pub run_cycles: Signal<Out, Bits<32>>,
    /// Runs finished since reset, and how many of them passed.
    pub runs: Signal<Out, Bits<16>>,
    pub runs_passed: Signal<Out, Bits<16>>,
    /// The core's failovers and connector 0's acknowledged takeovers in this run.
    pub failovers: Signal<Out, Bits<32>>,
    pub takeovers_acked: Signal<Out, Bits<32>>,
    /// What the NIC sends (the checker always takes it): for a testbench to record.
    pub tx_tdata: Signal<Out, Bits<64>>,
    pub tx_tkeep: Signal<Out, Bits<8>>,
    pub tx_tlast: Signal<Out, Bit>,
    pub tx_tvalid: Signal<Out, Bit>,
    core: SmallNicCore,
    /// The NIC's addresses and QPs, as the core's set-up values.
    qps: SelfTestQps,
    /// The controllers at either end of each connector's links: connector 0's A and B, connector 1's.
    /// Controllers A and B of connector 0, and of connector 1.
    controllers_0: LoopbackPair,
    controllers_1: LoopbackPair,
    stimulus: SyncROM<Bits<STIMULUS_WIDTH>, BEAT_BITS>,
    expected_acks: ROM<Bits<EXPECTED_WIDTH>, CHECK_BITS>,
    expected_sends: ROM<Bits<EXPECTED_WIDTH>, CHECK_BITS>,
    phase: DFF<SelfTestPhase>,
    /// Cycles since reset, until the first run starts.
    boot: DFF<Bits<4>>,
    hold: DFF<Bits<4>>,
    cfg_index: DFF<Bit>,
    feeding: DFF<Bit>,
    /// The stimulus word of `beat` is on the ROM's output.
    primed: DFF<Bit>,
    beat: DFF<Bits<BEAT_BITS>>,
    /// The next beat fed starts a frame (its gate applies).
    frame_start: DFF<Bit>,
    link_a_pulled: DFF<Bit>,
    fault_armed: DFF<Bit>,
    signature: DFF<Bits<64>>,
    frame_beats: DFF<Bits<8>>,
    opcode: DFF<Bits<8>>,
    ack_index: DFF<Bits<CHECK_BITS>>,
    send_index: DFF<Bits<CHECK_BITS>>,
    sends_seen: DFF<Bits<8>>,
    out_frames: DFF<Bits<16>>,
    sent: DFF<Bits<16>>,
    mismatch_count: DFF<Bits<16>>,
    first_mismatch_frame: DFF<Bits<16>>,
    kinds: DFF<Bits<4>>,
    cycles: DFF<Bits<32>>,
    idle_cycles: DFF<Bits<16>>,
    pass: DFF<Bit>,
    fail: DFF<Bit>,
    run_count: DFF<Bits<16>>,
    pass_count: DFF<Bits<16>>,
    launch: Signal<Local, Bit>,
    /// The QPs are set up: frames go in and come back.
    checking: Signal<Local, Bit>,
    core_reset: Signal<Local, Bit>,
    word: Signal<Local, Bits<STIMULUS_WIDTH>>,
    gated: Signal<Local, Bit>,
    fire: Signal<Local, Bit>,
    fault: Signal<Local, Bits<64>>,
    out_fire: Signal<Local, Bit>,
    keep_mask: KeepMask,
    next_signature: Signal<Local, Bits<64>>,
    frame_opcode: Signal<Local, Bits<8>>,
    next_beats: Signal<Local, Bits<8>>,
    expectation: Signal<Local, Bits<EXPECTED_WIDTH>>,
    frame_matches: Signal<Local, Bit>,
    new_kinds: Signal<Local, Bits<4>>,
    busy: Signal<Local, Bit>,
    finished: Signal<Local, Bit>,
    total_acks: Constant<Bits<CHECK_BITS>>,
    total_sends: Constant<Bits<CHECK_BITS>>,
    fault_beat: Constant<Bits<BEAT_BITS>>,
    fault_mask: Constant<Bits<64>>,
    last_beat: Constant<Bits<BEAT_BITS>>,
    boot_start: Constant<Bits<4>>,
    reset_cycles: Constant<Bits<4>>,
    opcode_beat: Constant<Bits<8>>,
    opcode_acknowledge: Constant<Bits<8>>,
    counter_zero: Constant<Bits<COUNTER_INDEX_BITS>>,
    /// `link_up` and link `tready` bits: controller A, controller B.
    link_a_bit: Constant<Bits<2>>,
    link_b_bit: Constant<Bits<2>>,
    one_beat: Constant<Bits<BEAT_BITS>>,
    zero_beat: Constant<Bits<BEAT_BITS>>,
    one_check: Constant<Bits<CHECK_BITS>>,
    zero_check: Constant<Bits<CHECK_BITS>>,
    one_4: Constant<Bits<4>>,
    zero_4: Constant<Bits<4>>,
    one_8: Constant<Bits<8>>,
    zero_8: Constant<Bits<8>>,
    one_16: Constant<Bits<16>>,
    zero_16: Constant<Bits<16>>,
    one_32: Constant<Bits<32>>,
    zero_32: Constant<Bits<32>>,
    zero_64: Constant<Bits<64>>,
    shift_1: Constant<Bits<64>>,
    shift_63: Constant<Bits<64>>,
    answer_timeout: Constant<Bits<16>>,
    kind_ack: Constant<Bits<4>>,
    kind_send: Constant<Bits<4>>,
    kind_unexpected: Constant<Bits<4>>,
    kind_timeout: Constant<Bits<4>>,
}

impl<const BEAT_BITS: usize, const CHECK_BITS: usize> NicSelfTest<BEAT_BITS, CHECK_BITS> {
    /// The self-test of `image`: its beats and expected frames must fit the ROMs.
    pub fn new(image: &NicSelfTestImage) -> Self {
        let mut words = Vec::new();
        for f in &image.frames {
            let chunks: Vec<&[u8]> = f.bytes.chunks(8).collect();
            for (k, chunk) in chunks.iter().enumerate() {
                let data = chunk.iter().enumerate().fold(0u64, |acc, (lane, &b)| acc | (b as u64) << (8 * lane));
                let keep = ((1u16 << chunk.len()) - 1) as u64;
                let last = (k + 1 == chunks.len()) as u64;
                let control = keep | last << 8 | (f.gate as u64) << 9 | (f.pull_link_a as u64) << 17;
                words.push(bit_cast::<STIMULUS_WIDTH, 64>(data.to_bits()) | bit_cast::<STIMULUS_WIDTH, 64>(control.to_bits()) << 64);
            }
        }
        assert!(words.len() < 1 << BEAT_BITS, "{} stimulus beats do not fit 2^{BEAT_BITS}", words.len());
        let stimulus: BTreeMap<Bits<BEAT_BITS>, Bits<STIMULUS_WIDTH>> = words.iter().enumerate().map(|(i, w)| ((i as u64).to_bits(), *w)).collect();
        let first = image.frames.first().expect("the image has host frames");
        let last_byte = first.bytes.len() - 1;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            inject_fault: Default::default(),
            running: Default::default(),
            passed: Default::default(),
            failed: Default::default(),
            frames_sent: Default::default(),
            acks_checked: Default::default(),
            sends_checked: Default::default(),
            mismatches: Default::default(),
            first_mismatch: Default::default(),
            mismatch_kinds: Default::default(),
            run_cycles: Default::default(),
            runs: Default::default(),
            runs_passed: Default::default(),
            failovers: Default::default(),
            takeovers_acked: Default::default(),
            tx_tdata: Default::default(),
            tx_tkeep: Default::default(),
            tx_tlast: Default::default(),
            tx_tvalid: Default::default(),
            core: Default::default(),
            qps: Default::default(),
            controllers_0: Default::default(),
            controllers_1: Default::default(),
            stimulus: SyncROM::new(stimulus),
            expected_acks: expected_rom(&image.acks),
            expected_sends: expected_rom(&image.sends),
            phase: Default::default(),
            boot: Default::default(),
            hold: Default::default(),
            cfg_index: Default::default(),
            feeding: Default::default(),
            primed: Default::default(),
            beat: Default::default(),
            frame_start: Default::default(),
            link_a_pulled: Default::default(),
            fault_armed: Default::default(),
            signature: Default::default(),
            frame_beats: Default::default(),
            opcode: Default::default(),
            ack_index: Default::default(),
            send_index: Default::default(),
            sends_seen: Default::default(),
            out_frames: Default::default(),
            sent: Default::default(),
            mismatch_count: Default::default(),
            first_mismatch_frame: Default::default(),
            kinds: Default::default(),
            cycles: Default::default(),
            idle_cycles: Default::default(),
            pass: Default::default(),
            fail: Default::default(),
            run_count: Default::default(),
            pass_count: Default::default(),
            launch: Default::default(),
            checking: Default::default(),
            core_reset: Default::default(),
            word: Default::default(),
            gated: Default::default(),
            fire: Default::default(),
            fault: Default::default(),
            out_fire: Default::default(),
            keep_mask: Default::default(),
            next_signature: Default::default(),
            frame_opcode: Default::default(),
            next_beats: Default::default(),
            expectation: Default::default(),
            frame_matches: Default::default(),
            new_kinds: Default::default(),
            busy: Default::default(),
            finished: Default::default(),
            total_acks: constant(image.acks.len() as u64),
            total_sends: constant(image.sends.len() as u64),
            fault_beat: constant((last_byte / 8) as u64),
            fault_mask: constant(1u64 << (8 * (last_byte % 8))),
            last_beat: constant(words.len() as u64 - 1),
            boot_start: constant(14),
            reset_cycles: constant(RESET_CYCLES),
            opcode_beat: constant(OPCODE_BEAT),
            opcode_acknowledge: constant(OPCODE_ACKNOWLEDGE),
            counter_zero: constant(0),
            link_a_bit: constant(1),
            link_b_bit: constant(2),
            one_beat: constant(1),
            zero_beat: constant(0),
            one_check: constant(1),
            zero_check: constant(0),
            one_4: constant(1),
            zero_4: constant(0),
            one_8: constant(1),
            zero_8: constant(0),
            one_16: constant(1),
            zero_16: constant(0),
            one_32: constant(1),
            zero_32: constant(0),
            zero_64: constant(0),
            shift_1: constant(1),
            shift_63: constant(63),
            answer_timeout: constant(ANSWER_TIMEOUT),
            kind_ack: constant(MISMATCH_ACK),
            kind_send: constant(MISMATCH_SEND),
            kind_unexpected: constant(MISMATCH_UNEXPECTED),
            kind_timeout: constant(MISMATCH_TIMEOUT),
        }
    }

    /// The committed image's self-test.
    pub fn committed() -> Self {
        Self::new(&NicSelfTestImage::committed())
    }
}

impl<const BEAT_BITS: usize, const CHECK_BITS: usize> Logic for NicSelfTest<BEAT_BITS, CHECK_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, phase, boot, hold, cfg_index, feeding, primed, beat, frame_start, link_a_pulled, fault_armed,
            signature, frame_beats, opcode, ack_index, send_index, sends_seen, out_frames, sent, mismatch_count,
            first_mismatch_frame, kinds, cycles, idle_cycles, pass, fail, run_count, pass_count
        );
        clock!(self, clock, core, controllers_0, controllers_1, stimulus);

        // A run: reset the core, set its QPs up, then feed and check.
        self.checking.next = self.phase.q.val() == SelfTestPhase::Running;
        if self.boot.q.val() != self.boot_start.val() {
            self.boot.d.next = self.boot.q.val() + self.one_4.val();
        }
        self.launch.next = self.start.val() | (self.boot.q.val() == (self.boot_start.val() - self.one_4.val()));
        self.core_reset.next = self.reset.val() | (self.phase.q.val() == SelfTestPhase::Resetting);
        self.core.reset.next = self.core_reset.val();
        self.controllers_0.reset.next = self.core_reset.val();
        self.controllers_1.reset.next = self.core_reset.val();

        self.core.heartbeat_timeout.next = self.zero_16.val();
        self.core.failback_request.next = false;
        self.core.link_up.next = self.link_a_bit.val() | self.link_b_bit.val();
        if self.link_a_pulled.q.val() {
            self.core.link_up.next = self.link_b_bit.val();
        }
        self.core.roce_counters.rx_stat_index.next = self.counter_zero.val();
        self.core.roce_counters.responder_counter_index.next = self.counter_zero.val();
        self.core.roce_counters.requester_counter_index.next = self.counter_zero.val();
        self.failovers.next = self.core.failovers.val();
        self.takeovers_acked.next = self.core.c0_counters.takeovers_acked.val();

        self.core.cfg_valid.next = false;
        self.core.cfg_enable.next = true;
        self.qps.index.next = self.cfg_index.q.val();
        self.core.local_mac.next = self.qps.local_mac.val();
        self.core.local_ip.next = self.qps.local_ip.val();
        self.core.local_qpn_base.next = self.qps.local_qpn_base.val();
        self.core.mtu_shift.next = self.qps.mtu_shift.val();
        self.core.timer_prescale.next = self.qps.timer_prescale.val();
        self.core.rnr_timer.next = self.qps.rnr_timer.val();
        self.core.cfg_timeout.next = self.qps.cfg_timeout.val();
        self.core.cfg_retry_limit.next = self.qps.cfg_retry_limit.val();
        self.core.cfg_qp.next = self.qps.cfg_qp.val();
        self.core.cfg_connector.next = self.qps.cfg_connector.val();
        self.core.cfg_controller.next = self.qps.cfg_controller.val();
        self.core.cfg_peer_mac.next = self.qps.cfg_peer_mac.val();
        self.core.cfg_peer_ip.next = self.qps.cfg_peer_ip.val();
        self.core.cfg_peer_qpn.next = self.qps.cfg_peer_qpn.val();
        self.core.cfg_rx_psn.next = self.qps.cfg_rx_psn.val();
        self.core.cfg_tx_psn.next = self.qps.cfg_tx_psn.val();
        match self.phase.q.val() {
            SelfTestPhase::Resetting => {
                self.hold.d.next = self.hold.q.val() + self.one_4.val();
                if self.hold.q.val() == self.reset_cycles.val() {
                    self.phase.d.next = SelfTestPhase::Configuring;
                }
            }
            SelfTestPhase::Configuring => {
                self.core.cfg_valid.next = self.core.counters_ready.val();
                if self.core.counters_ready.val() & self.core.cfg_ready.val() {
                    self.cfg_index.d.next = true;
                    if self.cfg_index.q.val() {
                        self.phase.d.next = SelfTestPhase::Running;
                        self.feeding.d.next = true;
                    }
                }
            }
            _ => {}
        }

        // Controller links: each connector's A and B ends.
        ControllerLinks::join(&mut self.core.c0_links, &mut self.controllers_0.links);
        ControllerLinks::join(&mut self.core.c1_links, &mut self.controllers_1.links);

        // Feed: a frame's first beat waits for its gate; the ROM reads the next word when this
        // one is taken.
        self.word.next = self.stimulus.data.val();
        self.gated.next = self.frame_start.q.val() & (self.word.val().get_bits::<8>(73) > self.sends_seen.q.val());
        self.fault.next = self.zero_64.val();
        if self.fault_armed.q.val() & (self.beat.q.val() == self.fault_beat.val()) {
            self.fault.next = self.fault_mask.val();
        }
        self.core.s_axis_rx_tdata.next = self.word.val().get_bits::<64>(0) ^ self.fault.val();
        self.core.s_axis_rx_tkeep.next = self.word.val().get_bits::<8>(64);
        self.core.s_axis_rx_tlast.next = self.word.val().get_bit(72);
        self.core.s_axis_rx_tuser.next = false;
        self.core.s_axis_rx_tvalid.next = self.feeding.q.val() & self.primed.q.val() & !self.gated.val();
        self.fire.next = self.feeding.q.val() & self.primed.q.val() & !self.gated.val() & self.core.s_axis_rx_tready.val();
        self.stimulus.address.next = self.beat.q.val();
        if self.fire.val() {
            self.stimulus.address.next = self.beat.q.val() + self.one_beat.val();
        }
        self.beat.d.next = self.stimulus.address.val();
        self.primed.d.next = self.feeding.q.val();
        if self.fire.val() {
            self.frame_start.d.next = self.word.val().get_bit(72);
            if self.frame_start.q.val() & self.word.val().get_bit(81) {
                self.link_a_pulled.d.next = true;
            }
            if self.word.val().get_bit(72) {
                self.sent.d.next = self.sent.q.val() + self.one_16.val();
            }
            if self.beat.q.val() == self.last_beat.val() {
                self.feeding.d.next = false;
            }
        }

        // Check: every beat the NIC sends is taken at once and folded into its frame's signature.
        self.core.m_axis_tx_tready.next = true;
        self.tx_tdata.next = self.core.m_axis_tx_tdata.val();
        self.tx_tkeep.next = self.core.m_axis_tx_tkeep.val();
        self.tx_tlast.next = self.core.m_axis_tx_tlast.val();
        self.tx_tvalid.next = self.core.m_axis_tx_tvalid.val();
        self.out_fire.next = self.checking.val() & self.core.m_axis_tx_tvalid.val();
        self.keep_mask.keep.next = self.core.m_axis_tx_tkeep.val();
        self.next_signature.next = ((self.signature.q.val() << self.shift_1.val()) | (self.signature.q.val() >> self.shift_63.val()))
            ^ (self.core.m_axis_tx_tdata.val() & self.keep_mask.mask.val());
        self.next_beats.next = self.frame_beats.q.val() + self.one_8.val();
        self.frame_opcode.next = self.opcode.q.val();
        if self.frame_beats.q.val() == self.opcode_beat.val() {
            self.frame_opcode.next = self.core.m_axis_tx_tdata.val().get_bits::<8>(16);
        }
        self.expected_acks.address.next = self.ack_index.q.val();
        self.expected_sends.address.next = self.send_index.q.val();
        self.expectation.next = self.expected_sends.data.val();
        if self.frame_opcode.val() == self.opcode_acknowledge.val() {
            self.expectation.next = self.expected_acks.data.val();
        }
        // At a frame's last beat: its signature, beat count and last keep are the expected ones.
        self.frame_matches.next = (self.next_signature.val() == self.expectation.val().get_bits::<64>(0))
            & (self.next_beats.val() == self.expectation.val().get_bits::<8>(64))
            & (self.core.m_axis_tx_tkeep.val() == self.expectation.val().get_bits::<8>(72));
        self.new_kinds.next = self.zero_4.val();
        if self.out_fire.val() {
            self.signature.d.next = self.next_signature.val();
            self.frame_beats.d.next = self.next_beats.val();
            self.opcode.d.next = self.frame_opcode.val();
            if self.core.m_axis_tx_tlast.val() {
                self.signature.d.next = self.zero_64.val();
                self.frame_beats.d.next = self.zero_8.val();
                self.out_frames.d.next = self.out_frames.q.val() + self.one_16.val();
                if self.frame_opcode.val() == self.opcode_acknowledge.val() {
                    self.ack_index.d.next = self.ack_index.q.val() + self.one_check.val();
                    if self.ack_index.q.val() == self.total_acks.val() {
                        self.new_kinds.next = self.kind_unexpected.val();
                    } else if !self.frame_matches.val() {
                        self.new_kinds.next = self.kind_ack.val();
                    }
                } else {
                    self.send_index.d.next = self.send_index.q.val() + self.one_check.val();
                    self.sends_seen.d.next = self.sends_seen.q.val() + self.one_8.val();
                    if self.send_index.q.val() == self.total_sends.val() {
                        self.new_kinds.next = self.kind_unexpected.val();
                    } else if !self.frame_matches.val() {
                        self.new_kinds.next = self.kind_send.val();
                    }
                }
            }
        }
        // Something must move within the timeout (set-up included: a core that never takes its
        // configuration fails the run too).
        self.busy.next = self.phase.q.val() != SelfTestPhase::Idle;
        if self.busy.val() {
            self.idle_cycles.d.next = self.idle_cycles.q.val() + self.one_16.val();
            if self.fire.val() | self.out_fire.val() {
                self.idle_cycles.d.next = self.zero_16.val();
            }
            if self.idle_cycles.q.val() == self.answer_timeout.val() {
                self.new_kinds.next = self.new_kinds.val() | self.kind_timeout.val();
            }
            self.cycles.d.next = self.cycles.q.val() + self.one_32.val();
        }
        if self.new_kinds.val() != self.zero_4.val() {
            self.kinds.d.next = self.kinds.q.val() | self.new_kinds.val();
            self.mismatch_count.d.next = self.mismatch_count.q.val() + self.one_16.val();
            if self.mismatch_count.q.val() == self.zero_16.val() {
                self.first_mismatch_frame.d.next = self.out_frames.q.val();
            }
        }
        // The end: every expected frame in and every host frame out, or a timeout.
        self.finished.next = self.busy.val()
            & ((self.checking.val() & (self.ack_index.q.val() == self.total_acks.val()) & (self.send_index.q.val() == self.total_sends.val()) & !self.feeding.q.val())
                | (self.new_kinds.val() & self.kind_timeout.val()).any());
        if self.finished.val() {
            self.feeding.d.next = false;
            self.phase.d.next = SelfTestPhase::Idle;
            self.run_count.d.next = self.run_count.q.val() + self.one_16.val();
            if (self.mismatch_count.q.val() == self.zero_16.val()) & (self.new_kinds.val() == self.zero_4.val()) {
                self.pass.d.next = true;
                self.pass_count.d.next = self.pass_count.q.val() + self.one_16.val();
            } else {
                self.fail.d.next = true;
            }
        }

        if self.launch.val() {
            self.phase.d.next = SelfTestPhase::Resetting;
            self.hold.d.next = self.zero_4.val();
            self.cfg_index.d.next = false;
            self.feeding.d.next = false;
            self.primed.d.next = false;
            self.beat.d.next = self.zero_beat.val();
            self.stimulus.address.next = self.zero_beat.val();
            self.frame_start.d.next = true;
            self.link_a_pulled.d.next = false;
            self.fault_armed.d.next = self.inject_fault.val();
            self.signature.d.next = self.zero_64.val();
            self.frame_beats.d.next = self.zero_8.val();
            self.ack_index.d.next = self.zero_check.val();
            self.send_index.d.next = self.zero_check.val();
            self.sends_seen.d.next = self.zero_8.val();
            self.out_frames.d.next = self.zero_16.val();
            self.sent.d.next = self.zero_16.val();
            self.mismatch_count.d.next = self.zero_16.val();
            self.first_mismatch_frame.d.next = self.zero_16.val();
            self.kinds.d.next = self.zero_4.val();
            self.cycles.d.next = self.zero_32.val();
            self.idle_cycles.d.next = self.zero_16.val();
            self.pass.d.next = false;
            self.fail.d.next = false;
        }
        if self.reset.val() {
            self.boot.d.next = self.zero_4.val();
            self.phase.d.next = SelfTestPhase::Idle;
            self.feeding.d.next = false;
            self.primed.d.next = false;
            self.link_a_pulled.d.next = false;
            self.pass.d.next = false;
            self.fail.d.next = false;
            self.run_count.d.next = self.zero_16.val();
            self.pass_count.d.next = self.zero_16.val();
            self.sent.d.next = self.zero_16.val();
            self.ack_index.d.next = self.zero_check.val();
            self.send_index.d.next = self.zero_check.val();
            self.mismatch_count.d.next = self.zero_16.val();
            self.kinds.d.next = self.zero_4.val();
            self.cycles.d.next = self.zero_32.val();
        }

        self.running.next = self.phase.q.val() != SelfTestPhase::Idle;
        self.passed.next = self.pass.q.val();
        self.failed.next = self.fail.q.val();
        self.frames_sent.next = self.sent.q.val();
        self.acks_checked.next = bit_cast::<16, CHECK_BITS>(self.ack_index.q.val());
        self.sends_checked.next = bit_cast::<16, CHECK_BITS>(self.send_index.q.val());
        self.mismatches.next = self.mismatch_count.q.val();
        self.first_mismatch.next = self.first_mismatch_frame.q.val();
        self.mismatch_kinds.next = self.kinds.q.val();
        self.run_cycles.next = self.cycles.q.val();
        self.runs.next = self.run_count.q.val();
        self.runs_passed.next = self.pass_count.q.val();
    }
}
