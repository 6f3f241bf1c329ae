//! The RoCEv2 receive parser: one 64-bit beat per cycle in; per frame a header descriptor, the
//! payload realigned to start at byte 0, and a verdict (accepted, or the drop cause).
//!
//! The one layout accepted is untagged Ethernet, IPv4 without options, UDP 4791, BTH and the
//! opcode's extension headers, so every header field sits at a fixed beat and lane: fields are
//! captured as their beat passes and checks are made as soon as their bytes are in. The first
//! failing check names the frame (the order of [`DropCause`](wire::DropCause), [`RxVerdict`]);
//! bytes the frame never carried read as zero. Interface contract (docs/rx-parser.md):
//! - one descriptor per frame, as soon as its headers are complete (or the frame ended early);
//! - when the descriptor says `has_payload`, one payload packet (ending in `tlast`; `tuser` on
//!   the last beat when the frame ended before its payload did) follows on the payload stream;
//! - one verdict per frame, after its last beat. A consumer must buffer payload until the
//!   verdict: a frame with a bad ICRC (or MAC error, or checksum) may have sent payload already.
//!
//! Its parts: the IPv4 header checksum ([`Ipv4Checksum`]), the ICRC ([`RxIcrc`]: checked
//! without knowing where the frame ends, from words cut so that the last one ends with the ICRC)
//! and the verdict with its counters ([`RxVerdict`]); header capture, checks and payload
//! realignment are here.

use super::opcode_table::{opcode_rom, OpcodeEntry};
use super::rx_descriptor::RxDescriptor;
use super::rx_header_checks::RxHeaderChecks;
use super::rx_icrc::RxIcrc;
use super::rx_payload::RxPayload;
use super::ipv4_checksum::Ipv4Checksum;
use super::wire;
use super::xor_network::XorNetwork;
use super::rx_verdict::RxVerdict;
use crate::counters::COUNTER_INDEX_BITS;
use crate::stream::skid_buffer::SkidBuffer;
use rust_hdl::prelude::*;

/// Width of the parser's counters.
pub const RX_COUNTER_BITS: usize = 32;
/// Beat counter width: frames longer than 1023 beats (8 KiB) saturate it, and are too long.
const BEAT_BITS: usize = 10;

/// An input beat as the parser keeps it: bytes past the end of the frame zeroed, and how many
/// bytes the beat holds (8 except on a frame's last beat: its highest kept byte plus one).
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct RxBeat {
    pub data: Bits<64>,
    pub lanes: Bits<4>,
    pub last: Bit,
    pub mac_error: Bit,
    /// The beat holds lane 1 / lane 5 (a payload starting at lane 2 / 6 has its headers whole),
    /// worked out before the register so that completing the headers is quick to decide.
    pub holds_lane_one: Bit,
    pub holds_lane_five: Bit,
    /// Lane 2 looked up as an opcode (it is one in beat 5): the ROM sits before the register.
    pub opcode: OpcodeEntry,
}

/// The header bytes a descriptor is made of, big-endian (the first byte in the top bits);
/// reserved fields are not kept.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct HeaderBytes {
    /// Frame bytes 0..8: destination MAC, source MAC bytes 0..2.
    pub b0: Bits<64>,
    /// Bytes 8..12: source MAC bytes 2..6.
    pub b1: Bits<32>,
    /// Byte 15: IPv4 DSCP and ECN.
    pub tos: Bits<8>,
    /// Bytes 26..32: source IP, destination IP bytes 0..2.
    pub b3: Bits<48>,
    /// Bytes 32..38: destination IP bytes 2..4, UDP ports.
    pub b4: Bits<48>,
    /// BTH bytes 0..4: opcode; SE, M, PadCnt, TVer; P_Key.
    pub bth_head: Bits<32>,
    /// BTH byte 4, bits 7:6: FECN, BECN.
    pub bth_congestion: Bits<2>,
    /// BTH bytes 5..8: DestQP.
    pub dest_qp_high: Bits<8>,
    pub dest_qp_low: Bits<16>,
    pub ack_req: Bit,
    pub psn: Bits<24>,
    /// Extension header bytes 0..2, 2..10, 10..18, 18..20.
    pub ext_a: Bits<16>,
    pub ext_b: Bits<64>,
    pub ext_c: Bits<64>,
    pub ext_d: Bits<16>,
    pub has_reth: Bit,
    pub has_aeth: Bit,
    pub has_immdt: Bit,
    pub has_ieth: Bit,
    pub has_deth: Bit,
    pub payload_length: Bits<16>,
    pub has_payload: Bit,
}

/// One flag per check, in the order checks are made (see [`DropCause`](wire::DropCause)).
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct CheckFlags {
    pub mac_error: Bit,
    pub vlan_tagged: Bit,
    pub ipv6: Bit,
    pub ether_type: Bit,
    pub ip_header: Bit,
    pub ip_options: Bit,
    pub ip_fragment: Bit,
    pub not_udp: Bit,
    /// Set when the checksum's bytes were all received; its result arrives a few cycles late.
    pub checksum_due: Bit,
    pub udp_port: Bit,
    pub bth_version: Bit,
    pub opcode: Bit,
    pub pkey: Bit,
    pub truncated: Bit,
    pub header_length: Bit,
    pub too_long: Bit,
    pub payload_length: Bit,
    pub frame_length: Bit,
}


#[derive(LogicBlock)]
pub struct RxParser {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Partition key frames must carry (low 15 bits compared).
    pub cfg_pkey: Signal<In, Bits<16>>,
    /// Path MTU in bytes (256..4096): the exact size of First/Middle payloads, the largest of any.
    pub cfg_path_mtu: Signal<In, Bits<13>>,

    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tuser: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,

    pub m_axis_payload_tdata: Signal<Out, Bits<64>>,
    pub m_axis_payload_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_payload_tlast: Signal<Out, Bit>,
    pub m_axis_payload_tuser: Signal<Out, Bit>,
    pub m_axis_payload_tvalid: Signal<Out, Bit>,
    pub m_axis_payload_tready: Signal<In, Bit>,

    pub desc_valid: Signal<Out, Bit>,
    pub desc_ready: Signal<In, Bit>,
    pub desc_dst_mac: Signal<Out, Bits<48>>,
    pub desc_src_mac: Signal<Out, Bits<48>>,
    pub desc_src_ip: Signal<Out, Bits<32>>,
    pub desc_dst_ip: Signal<Out, Bits<32>>,
    pub desc_ip_dscp: Signal<Out, Bits<6>>,
    pub desc_ip_ecn: Signal<Out, Bits<2>>,
    pub desc_udp_src_port: Signal<Out, Bits<16>>,
    pub desc_udp_dst_port: Signal<Out, Bits<16>>,
    pub desc_opcode: Signal<Out, Bits<8>>,
    pub desc_solicited: Signal<Out, Bit>,
    pub desc_mig_req: Signal<Out, Bit>,
    pub desc_pad_count: Signal<Out, Bits<2>>,
    pub desc_tver: Signal<Out, Bits<4>>,
    pub desc_pkey: Signal<Out, Bits<16>>,
    pub desc_fecn: Signal<Out, Bit>,
    pub desc_becn: Signal<Out, Bit>,
    pub desc_dest_qp: Signal<Out, Bits<24>>,
    pub desc_ack_req: Signal<Out, Bit>,
    pub desc_psn: Signal<Out, Bits<24>>,
    pub desc_has_reth: Signal<Out, Bit>,
    pub desc_reth_va: Signal<Out, Bits<64>>,
    pub desc_reth_rkey: Signal<Out, Bits<32>>,
    pub desc_reth_dma_length: Signal<Out, Bits<32>>,
    pub desc_has_aeth: Signal<Out, Bit>,
    pub desc_aeth_syndrome: Signal<Out, Bits<8>>,
    pub desc_aeth_msn: Signal<Out, Bits<24>>,
    pub desc_has_immdt: Signal<Out, Bit>,
    pub desc_immdt: Signal<Out, Bits<32>>,
    pub desc_has_ieth: Signal<Out, Bit>,
    pub desc_ieth_rkey: Signal<Out, Bits<32>>,
    pub desc_has_deth: Signal<Out, Bit>,
    pub desc_deth_qkey: Signal<Out, Bits<32>>,
    pub desc_deth_src_qp: Signal<Out, Bits<24>>,
    /// Payload bytes the headers announce (0 when the headers are incomplete or inconsistent).
    pub desc_payload_length: Signal<Out, Bits<16>>,
    pub desc_has_payload: Signal<Out, Bit>,

    pub verdict_valid: Signal<Out, Bit>,
    pub verdict_ready: Signal<In, Bit>,
    /// 0: accepted; otherwise the [`DropCause`](wire::DropCause) code.
    pub verdict_cause: Signal<Out, Bits<5>>,

    /// Counter `i`: frames accepted (0) or dropped with cause code `i`.
    pub stat_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub stat_value: Signal<Out, Bits<RX_COUNTER_BITS>>,

    // Blocks (the parser's parts: docs/rx-parser.md).
    input_slice: SkidBuffer<RxBeat>,
    checks: RxHeaderChecks,
    payload: RxPayload,
    keep_bytes: XorNetwork<8, 64>,
    byte_swap: XorNetwork<64, 64>,
    opcodes: ROM<OpcodeEntry, 8>,
    /// Bytes in a last beat: the highest kept lane plus one.
    keep_lanes: ROM<Bits<4>, 8>,
    icrc: RxIcrc,
    checksum: Ipv4Checksum,
    verdict: RxVerdict,

    // Constants.
    no_header: Constant<HeaderBytes>,
    first_phase: Constant<Bits<11>>,
    beyond_phase: Constant<Bits<11>>,
    all_lanes: Constant<Bits<4>>,
    one_lane: Constant<Bits<4>>,
    lane_two: Constant<Bits<4>>,
    no_room: Constant<Bits<17>>,
    no_beats: Constant<Bits<BEAT_BITS>>,
    one_beat: Constant<Bits<BEAT_BITS>>,
    beat_six: Constant<Bits<BEAT_BITS>>,
    eth_header_minus_one: Constant<Bits<17>>,
    ip_header_bytes: Constant<Bits<16>>,
    min_frame_last_byte: Constant<Bits<17>>,
    min_frame_beat: Constant<Bits<BEAT_BITS>>,
    min_frame_lanes: Constant<Bits<4>>,
    beat_max: Constant<Bits<BEAT_BITS>>,

    // The beat being looked at (from the input slice) and what it means.
    /// The input beat with bytes past the end of the frame zeroed.
    data_in: Signal<Local, Bits<64>>,
    accept: Signal<Local, Bit>,
    tlast: Signal<Local, Bit>,
    data_le: Signal<Local, Bits<64>>,
    data_be: Signal<Local, Bits<64>>,
    lanes: Signal<Local, Bits<4>>,
    beat_complete: Signal<Local, Bit>,
    next_flags: Signal<Local, CheckFlags>,
    /// The length checks (made at beat 6) failed: read a cycle after they are made.
    length_check_failed: Signal<Local, Bit>,
    header_complete_now: Signal<Local, Bit>,
    descriptor_event: Signal<Local, Bit>,
    payload_starts_now: Signal<Local, Bit>,
    can_take: Signal<Local, Bit>,

    header_complete_here: Signal<Local, Bit>,
    entry: Signal<Local, OpcodeEntry>,
    end_minus_one: Signal<Local, Bits<17>>,

    // Frame state.
    beat: DFF<Bits<BEAT_BITS>>,
    /// One-hot beat index for the header beats 0..9; bit 10: any later beat.
    phase: DFF<Bits<11>>,
    bth_seen: DFF<Bit>,
    /// This beat (the next one, while a beat is taken) is the one where the headers end.
    header_end_next: DFF<Bit>,
    header: DFF<HeaderBytes>,
    flags: DFF<CheckFlags>,
    header_done: DFF<Bit>,
    ip_length: DFF<Bits<16>>,
    udp_length_ok: DFF<Bit>,
    /// IPv4 length minus everything that is not payload, as a 17-bit two's complement number.
    payload_room: DFF<Bits<17>>,
    rule: DFF<Bits<2>>,
    pad_count: DFF<Bits<2>>,
    /// The beat holding the last header byte, which is also the payload's first beat.
    header_end_beat: DFF<Bits<BEAT_BITS>>,
    /// The lane of the payload's first byte (2 or 6).
    payload_lane: DFF<Bits<4>>,
    payload_at_lane_two: DFF<Bit>,
    /// Frame end (beat, lanes) the IPv4 length announces.
    end_beat: DFF<Bits<BEAT_BITS>>,
    end_lanes: DFF<Bits<4>>,
    end_below_minimum: DFF<Bit>,

    // Flow control.
    /// A last beat must wait: a verdict or a payload drain is under way, or the counters are
    /// still being cleared.
    last_beat_busy: DFF<Bit>,
    /// A beat that completes this frame's headers must wait: the descriptor register is loading
    /// or not yet taken (and, folded in here, the headers are not complete yet).
    descriptor_busy: DFF<Bit>,

    // The descriptor output (the other parts are with the blocks above).
    descriptor: RxDescriptor,

    /// The frame's checks at its last beat, to each frame's verdict and its counter.
    frame_flags: Signal<Local, CheckFlags>,
}

impl Default for RxParser {
    fn default() -> Self {
        let min_end = wire::MIN_FRAME as u64;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            cfg_pkey: Default::default(),
            cfg_path_mtu: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tuser: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            m_axis_payload_tdata: Default::default(),
            m_axis_payload_tkeep: Default::default(),
            m_axis_payload_tlast: Default::default(),
            m_axis_payload_tuser: Default::default(),
            m_axis_payload_tvalid: Default::default(),
            m_axis_payload_tready: Default::default(),
            desc_valid: Default::default(),
            desc_ready: Default::default(),
            desc_dst_mac: Default::default(),
            desc_src_mac: Default::default(),
            desc_src_ip: Default::default(),
            desc_dst_ip: Default::default(),
            desc_ip_dscp: Default::default(),
            desc_ip_ecn: Default::default(),
            desc_udp_src_port: Default::default(),
            desc_udp_dst_port: Default::default(),
            desc_opcode: Default::default(),
            desc_solicited: Default::default(),
            desc_mig_req: Default::default(),
            desc_pad_count: Default::default(),
            desc_tver: Default::default(),
            desc_pkey: Default::default(),
            desc_fecn: Default::default(),
            desc_becn: Default::default(),
            desc_dest_qp: Default::default(),
            desc_ack_req: Default::default(),
            desc_psn: Default::default(),
            desc_has_reth: Default::default(),
            desc_reth_va: Default::default(),
            desc_reth_rkey: Default::default(),
            desc_reth_dma_length: Default::default(),
            desc_has_aeth: Default::default(),
            desc_aeth_syndrome: Default::default(),
            desc_aeth_msn: Default::default(),
            desc_has_immdt: Default::default(),
            desc_immdt: Default::default(),
            desc_has_ieth: Default::default(),
            desc_ieth_rkey: Default::default(),
            desc_has_deth: Default::default(),
            desc_deth_qkey: Default::default(),
            desc_deth_src_qp: Default::default(),
            desc_payload_length: Default::default(),
            desc_has_payload: Default::default(),
            verdict_valid: Default::default(),
            verdict_ready: Default::default(),
            verdict_cause: Default::default(),
            stat_index: Default::default(),
            stat_value: Default::default(),
            input_slice: Default::default(),
            checks: Default::default(),
            payload: Default::default(),
            keep_bytes: XorNetwork::new((0..64).map(|bit| vec![bit / 8]).collect()),
            byte_swap: XorNetwork::byte_permutation([7, 6, 5, 4, 3, 2, 1, 0]),
            opcodes: opcode_rom(),
            keep_lanes: ROM::new((0..256u64).map(|keep| (keep.to_bits(), ((64 - keep.leading_zeros()) as u64).to_bits())).collect()),
            icrc: Default::default(),
            checksum: Default::default(),
            verdict: Default::default(),
            no_header: Constant::new(HeaderBytes::default()),
            first_phase: Constant::new(1_u64.to_bits()),
            beyond_phase: Constant::new((1_u64 << 10).to_bits()),
            all_lanes: Constant::new(8_u64.to_bits()),
            one_lane: Constant::new(1_u64.to_bits()),
            lane_two: Constant::new(2_u64.to_bits()),
            no_room: Constant::new(0_u64.to_bits()),
            no_beats: Constant::new(0_u64.to_bits()),
            one_beat: Constant::new(1_u64.to_bits()),
            beat_six: Constant::new(6_u64.to_bits()),
            eth_header_minus_one: Constant::new(((wire::ETH_LEN - 1) as u64).to_bits()),
            ip_header_bytes: Constant::new((wire::IPV4_LEN as u64).to_bits()),
            min_frame_last_byte: Constant::new((min_end - 1).to_bits()),
            min_frame_beat: Constant::new(((min_end - 1) / 8).to_bits()),
            min_frame_lanes: Constant::new(((min_end - 1) % 8 + 1).to_bits()),
            beat_max: Constant::new(((1u64 << BEAT_BITS) - 1).to_bits()),
            data_in: Default::default(),
            accept: Default::default(),
            tlast: Default::default(),
            data_le: Default::default(),
            data_be: Default::default(),
            lanes: Default::default(),
            beat_complete: Default::default(),
            next_flags: Default::default(),
            length_check_failed: Default::default(),
            header_complete_now: Default::default(),
            descriptor_event: Default::default(),
            payload_starts_now: Default::default(),
            can_take: Default::default(),
            header_complete_here: Default::default(),
            entry: Default::default(),
            end_minus_one: Default::default(),
            beat: Default::default(),
            phase: Default::default(),
            bth_seen: Default::default(),
            header_end_next: Default::default(),
            header: Default::default(),
            flags: Default::default(),
            header_done: Default::default(),
            ip_length: Default::default(),
            udp_length_ok: Default::default(),
            payload_room: Default::default(),
            rule: Default::default(),
            pad_count: Default::default(),
            header_end_beat: Default::default(),
            payload_lane: Default::default(),
            payload_at_lane_two: Default::default(),
            end_beat: Default::default(),
            end_lanes: Default::default(),
            end_below_minimum: Default::default(),
            last_beat_busy: Default::default(),
            descriptor: Default::default(),
            descriptor_busy: Default::default(),
            frame_flags: Default::default(),
        }
    }
}

impl Logic for RxParser {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, beat, phase, bth_seen, header_end_next, header, flags, header_done, ip_length, udp_length_ok, payload_room, rule,
            pad_count, header_end_beat, payload_lane, payload_at_lane_two, end_beat, end_lanes, end_below_minimum,
            last_beat_busy, descriptor_busy);
        clock!(self, clock, input_slice, checks, payload, icrc, checksum, verdict, descriptor);
        self.input_slice.reset.next = self.reset.val();
        self.payload.reset.next = self.reset.val();
        self.icrc.reset.next = self.reset.val();
        self.checksum.reset.next = self.reset.val();
        self.verdict.reset.next = self.reset.val();
        self.descriptor.reset.next = self.reset.val();

        // The input, through a register slice (with its byte count worked out on the way in).
        self.keep_bytes.data_in.next = self.s_axis_tkeep.val();
        self.keep_lanes.address.next = self.s_axis_tkeep.val();
        self.data_in.next = self.s_axis_tdata.val();
        self.input_slice.in_data.next.lanes = self.all_lanes.val();
        self.input_slice.in_data.next.holds_lane_one = true;
        self.input_slice.in_data.next.holds_lane_five = true;
        if self.s_axis_tlast.val() {
            self.data_in.next = self.s_axis_tdata.val() & self.keep_bytes.data_out.val();
            self.input_slice.in_data.next.lanes = self.keep_lanes.data.val();
            self.input_slice.in_data.next.holds_lane_one = self.s_axis_tkeep.val().get_bits::<7>(1).any();
            self.input_slice.in_data.next.holds_lane_five = self.s_axis_tkeep.val().get_bits::<3>(5).any();
        }
        self.input_slice.in_data.next.data = self.data_in.val();
        self.input_slice.in_data.next.last = self.s_axis_tlast.val();
        self.input_slice.in_data.next.mac_error = self.s_axis_tuser.val();
        self.opcodes.address.next = self.data_in.val().get_bits::<8>(16);
        self.input_slice.in_data.next.opcode = self.opcodes.data.val();
        self.input_slice.in_valid.next = self.s_axis_tvalid.val();
        self.s_axis_tready.next = self.input_slice.in_ready.val();

        // The beat under consideration.
        self.tlast.next = self.input_slice.out_data.val().last;
        self.data_le.next = self.input_slice.out_data.val().data;
        self.lanes.next = self.input_slice.out_data.val().lanes;
        self.byte_swap.data_in.next = self.data_le.val();
        self.data_be.next = self.byte_swap.data_out.val();
        self.beat_complete.next = self.lanes.val() == self.all_lanes.val();
        self.entry.next = self.input_slice.out_data.val().opcode;

        // Checks, as their bytes arrive.
        self.checks.cfg_pkey.next = self.cfg_pkey.val();
        self.checks.cfg_path_mtu.next = self.cfg_path_mtu.val();
        self.checks.flags.next = self.flags.q.val();
        self.checks.beat.next = self.data_be.val();
        self.checks.beat_0.next = self.phase.q.val().get_bit(0);
        self.checks.beat_1.next = self.phase.q.val().get_bit(1);
        self.checks.beat_2.next = self.phase.q.val().get_bit(2);
        self.checks.beat_4.next = self.phase.q.val().get_bit(4);
        self.checks.beat_5.next = self.phase.q.val().get_bit(5);
        self.checks.beat_6.next = self.phase.q.val().get_bit(6);
        self.checks.beat_complete.next = self.beat_complete.val();
        self.checks.beat_mac_error.next = self.input_slice.out_data.val().mac_error;
        self.checks.opcode_supported.next = self.entry.val().supported;
        self.checks.udp_length_ok.next = self.udp_length_ok.q.val();
        self.checks.payload_room.next = self.payload_room.q.val();
        self.checks.rule.next = self.rule.q.val();
        self.checks.pad_count.next = self.pad_count.q.val();
        self.next_flags.next = self.checks.next_flags.val();
        self.length_check_failed.next = self.checks.length_check_failed.val();

        // The headers are complete at the beat holding their last byte.
        // (`header_end_next` is never set once they are: it clears with the beat that completes them.)
        self.header_complete_here.next = self.header_end_next.q.val() & self.input_slice.out_data.val().holds_lane_five;
        if self.payload_at_lane_two.q.val() {
            self.header_complete_here.next = self.header_end_next.q.val() & self.input_slice.out_data.val().holds_lane_one;
        }

        // Take a beat when every output it may feed has room: the payload slice; the descriptor
        // register (the beat where headers end, or a frame ending before they do); the payload
        // drain and the verdict pipeline (a last beat). Only registers decide, so it is quick.
        self.can_take.next = self.payload.ready.val();
        if (self.header_end_next.q.val() | self.tlast.val()) & self.descriptor_busy.q.val() {
            self.can_take.next = false;
        }
        if self.tlast.val() & self.last_beat_busy.q.val() {
            self.can_take.next = false;
        }
        self.input_slice.out_ready.next = self.can_take.val();
        self.accept.next = self.input_slice.out_valid.val() & self.can_take.val();
        self.header_complete_now.next = self.accept.val() & self.header_complete_here.val();
        self.payload_starts_now.next = self.header_complete_now.val()
            & !self.checks.structural_error.val()
            & (self.payload_room.q.val() != self.no_room.val());
        self.descriptor_event.next =
            self.header_complete_now.val() | (self.accept.val() & self.tlast.val() & !self.header_done.q.val());

        self.end_minus_one.next = bit_cast::<17, 16>(self.ip_length.q.val()) + self.eth_header_minus_one.val();
        // Header fields and checks, as their beats pass. Loading them again while a beat waits
        // to be taken changes nothing, so these wide enables need not wait for `accept`.
        if self.input_slice.out_valid.val() {
            self.flags.d.next = self.next_flags.val();
            if self.phase.q.val().get_bit(0) {
                self.header.d.next = self.no_header.val();
                self.header.d.next.b0 = self.data_be.val();
            }
            if self.phase.q.val().get_bit(1) {
                self.header.d.next.b1 = self.data_be.val().get_bits::<32>(32);
                self.header.d.next.tos = self.data_be.val().get_bits::<8>(0);
            }
            if self.phase.q.val().get_bit(2) {
                self.ip_length.d.next = self.data_be.val().get_bits::<16>(48);
            }
            if self.phase.q.val().get_bit(3) {
                self.header.d.next.b3 = self.data_be.val().get_bits::<48>(0);
                self.end_beat.d.next = bit_cast::<BEAT_BITS, 14>(self.end_minus_one.val().get_bits::<14>(3));
                self.end_lanes.d.next =
                    bit_cast::<4, 3>(self.end_minus_one.val().get_bits::<3>(0)) + self.one_lane.val();
                self.end_below_minimum.d.next = self.end_minus_one.val() < self.min_frame_last_byte.val();
            }
            if self.phase.q.val().get_bit(4) {
                self.header.d.next.b4 = self.data_be.val().get_bits::<48>(16);
                self.udp_length_ok.d.next =
                    self.data_be.val().get_bits::<16>(0) == (self.ip_length.q.val() - self.ip_header_bytes.val());
            }
            if self.phase.q.val().get_bit(5) {
                self.bth_seen.d.next = true;
                self.header.d.next.bth_head = self.data_be.val().get_bits::<32>(16);
                self.header.d.next.bth_congestion = self.data_be.val().get_bits::<2>(14);
                self.header.d.next.dest_qp_high = self.data_be.val().get_bits::<8>(0);
                self.header.d.next.has_reth = self.entry.val().reth;
                self.header.d.next.has_aeth = self.entry.val().aeth;
                self.header.d.next.has_immdt = self.entry.val().immdt;
                self.header.d.next.has_ieth = self.entry.val().ieth;
                self.header.d.next.has_deth = self.entry.val().deth;
                self.rule.d.next = self.entry.val().rule;
                self.pad_count.d.next = self.data_be.val().get_bits::<2>(36);
                self.payload_room.d.next = bit_cast::<17, 16>(self.ip_length.q.val())
                    - bit_cast::<17, 7>(self.entry.val().overhead)
                    - bit_cast::<17, 2>(self.data_be.val().get_bits::<2>(36));
                self.header_end_beat.d.next = bit_cast::<BEAT_BITS, 4>(self.entry.val().header_end_beat);
                self.payload_lane.d.next = self.entry.val().payload_lane;
                self.payload_at_lane_two.d.next = self.entry.val().payload_lane == self.lane_two.val();
            }
            if self.phase.q.val().get_bit(6) {
                self.header.d.next.dest_qp_low = self.data_be.val().get_bits::<16>(48);
                self.header.d.next.ack_req = self.data_be.val().get_bit(47);
                self.header.d.next.psn = self.data_be.val().get_bits::<24>(16);
                self.header.d.next.ext_a = self.data_be.val().get_bits::<16>(0);
            }
            if self.phase.q.val().get_bit(7) {
                self.header.d.next.ext_b = self.data_be.val();
            }
            if self.phase.q.val().get_bit(8) {
                self.header.d.next.ext_c = self.data_be.val();
            }
            if self.phase.q.val().get_bit(9) {
                self.header.d.next.ext_d = self.data_be.val().get_bits::<16>(48);
            }
        }
        if self.accept.val() {
            self.phase.d.next = (self.phase.q.val() << 1) | (self.phase.q.val() & self.beyond_phase.val());
            if self.beat.q.val() != self.beat_max.val() {
                self.beat.d.next = self.beat.q.val() + self.one_beat.val();
            }
            self.header_end_next.d.next = self.bth_seen.q.val()
                & (self.beat.q.val() != self.beat_max.val())
                & ((self.beat.q.val() + self.one_beat.val()) == self.header_end_beat.q.val());
            if self.phase.q.val().get_bit(5) {
                self.header_end_next.d.next = bit_cast::<BEAT_BITS, 4>(self.entry.val().header_end_beat) == self.beat_six.val();
            }
            if self.header_complete_now.val() {
                self.header_done.d.next = true;
            }
            if self.tlast.val() {
                self.beat.d.next = self.no_beats.val();
                self.phase.d.next = self.first_phase.val();
                self.bth_seen.d.next = false;
                self.header_done.d.next = false;
                self.header_end_next.d.next = false;
            }
        }

        // IPv4 header checksum (bytes 14..34, in beats 1 to 4): decided four cycles after beat 4.
        self.checksum.beat.next = self.data_be.val();
        self.checksum.beat_taken.next = self.accept.val();
        self.checksum.beat_1.next = self.phase.q.val().get_bit(1);
        self.checksum.beat_2.next = self.phase.q.val().get_bit(2);
        self.checksum.beat_3.next = self.phase.q.val().get_bit(3);
        self.checksum.beat_4.next = self.phase.q.val().get_bit(4);

        // ICRC: the beats cut into CRC words that end with the frame's ICRC.
        self.icrc.beat.next = self.data_le.val();
        self.icrc.beat_taken.next = self.accept.val();
        self.icrc.beat_last.next = self.tlast.val();
        self.icrc.beat_0.next = self.phase.q.val().get_bit(0);
        self.icrc.beat_1.next = self.phase.q.val().get_bit(1);
        self.icrc.beat_2.next = self.phase.q.val().get_bit(2);
        self.icrc.beat_3.next = self.phase.q.val().get_bit(3);
        self.icrc.beat_5.next = self.phase.q.val().get_bit(5);

        // Payload, realigned to start at byte 0.
        self.payload.beat.next = self.data_le.val();
        self.payload.beat_lanes.next = self.lanes.val();
        self.payload.beat_last.next = self.tlast.val();
        self.payload.beat_taken.next = self.accept.val();
        self.payload.last_beat_loads.next =
            self.input_slice.out_valid.val() & self.tlast.val() & !self.last_beat_busy.q.val();
        self.payload.headers_end_here.next = self.header_complete_here.val();
        self.payload.headers_end_now.next = self.header_complete_now.val();
        self.payload.payload_lane.next = self.payload_lane.q.val();
        self.payload.payload_room.next = self.payload_room.q.val();
        self.payload.payload_starts.next = self.payload_starts_now.val();
        self.payload.length_check_failed.next = self.length_check_failed.val();
        self.payload.ended_with_length_error.next = self.verdict.ended_with_length_error.val();
        self.payload.m_axis_tready.next = self.m_axis_payload_tready.val();
        self.m_axis_payload_tdata.next = self.payload.m_axis_tdata.val();
        self.m_axis_payload_tkeep.next = self.payload.m_axis_tkeep.val();
        self.m_axis_payload_tlast.next = self.payload.m_axis_tlast.val();
        self.m_axis_payload_tuser.next = self.payload.m_axis_tuser.val();
        self.m_axis_payload_tvalid.next = self.payload.m_axis_tvalid.val();

        // Whether the next cycle may take a last beat / a beat that loads the descriptor
        // (registered, so that taking a beat is decided by a couple of gates).
        self.last_beat_busy.d.next = (self.accept.val() & self.tlast.val())
            | self.verdict.busy.val()
            | self.payload.draining.val();
        // The next frame starts with its headers incomplete; this one's may complete now.
        self.descriptor_busy.d.next = (self.descriptor_event.val() | self.descriptor.occupied.val())
            & ((self.accept.val() & self.tlast.val()) | !(self.header_done.q.val() | self.header_complete_now.val()));

        // Descriptor: staged when the headers complete (or the frame ends first).
        self.descriptor.headers_end.next = self.descriptor_event.val();
        self.descriptor.length_known.next = self.header_complete_now.val() & !self.next_flags.val().header_length;
        self.descriptor.announced_length.next = self.payload_room.q.val().get_bits::<16>(0);
        self.descriptor.payload_starts.next = self.payload_starts_now.val();
        self.descriptor.header.next = self.header.q.val();
        self.descriptor.length_check_failed.next = self.length_check_failed.val();
        self.descriptor.ready.next = self.desc_ready.val();
        self.desc_valid.next = self.descriptor.valid.val();
        self.desc_dst_mac.next = self.descriptor.dst_mac.val();
        self.desc_src_mac.next = self.descriptor.src_mac.val();
        self.desc_src_ip.next = self.descriptor.src_ip.val();
        self.desc_dst_ip.next = self.descriptor.dst_ip.val();
        self.desc_ip_dscp.next = self.descriptor.ip_dscp.val();
        self.desc_ip_ecn.next = self.descriptor.ip_ecn.val();
        self.desc_udp_src_port.next = self.descriptor.udp_src_port.val();
        self.desc_udp_dst_port.next = self.descriptor.udp_dst_port.val();
        self.desc_opcode.next = self.descriptor.opcode.val();
        self.desc_solicited.next = self.descriptor.solicited.val();
        self.desc_mig_req.next = self.descriptor.mig_req.val();
        self.desc_pad_count.next = self.descriptor.pad_count.val();
        self.desc_tver.next = self.descriptor.tver.val();
        self.desc_pkey.next = self.descriptor.pkey.val();
        self.desc_fecn.next = self.descriptor.fecn.val();
        self.desc_becn.next = self.descriptor.becn.val();
        self.desc_dest_qp.next = self.descriptor.dest_qp.val();
        self.desc_ack_req.next = self.descriptor.ack_req.val();
        self.desc_psn.next = self.descriptor.psn.val();
        self.desc_has_reth.next = self.descriptor.has_reth.val();
        self.desc_reth_va.next = self.descriptor.reth_va.val();
        self.desc_reth_rkey.next = self.descriptor.reth_rkey.val();
        self.desc_reth_dma_length.next = self.descriptor.reth_dma_length.val();
        self.desc_has_aeth.next = self.descriptor.has_aeth.val();
        self.desc_aeth_syndrome.next = self.descriptor.aeth_syndrome.val();
        self.desc_aeth_msn.next = self.descriptor.aeth_msn.val();
        self.desc_has_immdt.next = self.descriptor.has_immdt.val();
        self.desc_immdt.next = self.descriptor.immdt.val();
        self.desc_has_ieth.next = self.descriptor.has_ieth.val();
        self.desc_ieth_rkey.next = self.descriptor.ieth_rkey.val();
        self.desc_has_deth.next = self.descriptor.has_deth.val();
        self.desc_deth_qkey.next = self.descriptor.deth_qkey.val();
        self.desc_deth_src_qp.next = self.descriptor.deth_src_qp.val();
        self.desc_payload_length.next = self.descriptor.payload_length.val();
        self.desc_has_payload.next = self.descriptor.has_payload.val();

        // Verdict: the frame's checks at its last beat; the ICRC's and the checksum's follow.
        self.frame_flags.next = self.next_flags.val();
        self.frame_flags.next.truncated = !(self.header_done.q.val() | self.header_complete_now.val());
        self.frame_flags.next.frame_length = !(((self.beat.q.val() == self.end_beat.q.val())
            & (self.lanes.val() == self.end_lanes.q.val()))
            | (self.end_below_minimum.q.val()
                & (self.beat.q.val() == self.min_frame_beat.val())
                & (self.lanes.val() == self.min_frame_lanes.val())));
        self.verdict.frame_end.next = self.accept.val() & self.tlast.val();
        self.verdict.frame_flags.next = self.frame_flags.val();
        self.verdict.checksum_bad.next = self.checksum.bad.val();
        self.verdict.icrc_valid.next = self.icrc.result_valid.val();
        self.verdict.icrc_ok.next = self.icrc.result_ok.val();
        self.verdict.ready.next = self.verdict_ready.val();
        self.verdict_valid.next = self.verdict.valid.val();
        self.verdict_cause.next = self.verdict.cause.val();
        self.verdict.stat_index.next = self.stat_index.val();
        self.stat_value.next = self.verdict.stat_value.val();

        if self.reset.val() {
            self.beat.d.next = self.no_beats.val();
            self.phase.d.next = self.first_phase.val();
            self.bth_seen.d.next = false;
            self.header_done.d.next = false;
            self.last_beat_busy.d.next = true;
            self.descriptor_busy.d.next = false;
        }
    }
}
