//! RoCEv2 packet builder: a descriptor and its payload stream in, a complete frame out at one beat
//! per cycle — Ethernet, IPv4 (header checksum computed), UDP 4791, BTH, the extension headers the
//! opcode needs, the payload, pad, ICRC, and Ethernet padding to 60 bytes.
//!
//! Contract (docs/tx-builder.md):
//! - A descriptor (`desc_*`, valid/ready) describes one packet; its payload, when
//!   `desc_payload_length` is not 0, arrives on `s_axis_payload_*` as one packet of
//!   ceil(length / 8) beats, byte 0 in `tdata[7:0]`. The length decides the frame (there is no
//!   `tkeep`): bytes past the length are sent as zero.
//! - A payload that ends early (`tlast` before its last beat) is sent zero-filled, one that goes on
//!   is cut and the rest discarded up to its `tlast`; either way the frame leaves with its ICRC
//!   inverted, so every receiver drops it, and `stat_payload_mismatches` counts it.
//! - A descriptor with an opcode outside `wire::OPCODES`, a payload over 4096 bytes, or a payload
//!   on an opcode that carries none sends nothing; its payload is discarded and
//!   `stat_bad_descriptors` counts it.
//!
//! Structure: the planner (`frame_planner.rs`) holds the next descriptor and works out its
//! derived values (lengths, checksum, where each part of the frame falls) over four cycles while
//! the previous frame is being sent; the generator makes one beat per cycle from the active descriptor and the payload, realigned to
//! the header end; beats wait in a line of `LINE_STAGES` registers while the ICRC engine, fed from
//! the generated beats, finishes; the ICRC is merged into the frame's last beats on the way out.

use super::header_beat::HeaderBeat;
use super::icrc_inserter::IcrcInserter;
use super::frame_planner::FramePlanner;
use super::opcode_table::OpcodeEntry;
use super::xor_network::XorNetwork;
use crate::stream::skid_buffer::SkidBuffer;
use rust_hdl::prelude::*;

/// Width of the builder's counters.
pub const TX_COUNTER_BITS: usize = 32;
/// Beat index width: a frame is at most 4096 + 78 + 3 bytes (523 beats).
pub const BEAT_BITS: usize = 10;
/// Line stages between the generator and the output register: a beat made in cycle `t` is
/// merged in `t + 6`, when the ICRC of words up to it is in the result register.
pub const LINE_STAGES: usize = 6;
// hdl_gen indexes arrays with literals or loop variables only: the head is written `line[5]`.
const _: () = assert!(LINE_STAGES == 6);
/// The largest payload the builder sends (the largest path MTU).
pub const MAX_PAYLOAD: u64 = 4096;
/// IPv4 fields the builder sets: TTL, Don't Fragment.
pub const IPV4_TTL: u8 = 64;
pub const IPV4_FLAGS_DF: u16 = 0x4000;

/// One packet to send, as the `desc_*` ports carry it.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct TxDescriptor {
    pub dst_mac: Bits<48>,
    pub src_mac: Bits<48>,
    pub src_ip: Bits<32>,
    pub dst_ip: Bits<32>,
    pub ip_dscp: Bits<6>,
    pub ip_ecn: Bits<2>,
    pub udp_src_port: Bits<16>,
    pub opcode: Bits<8>,
    pub solicited: Bit,
    pub mig_req: Bit,
    pub pkey: Bits<16>,
    pub fecn: Bit,
    pub becn: Bit,
    pub dest_qp: Bits<24>,
    pub ack_req: Bit,
    pub psn: Bits<24>,
    pub reth_va: Bits<64>,
    pub reth_rkey: Bits<32>,
    pub reth_dma_length: Bits<32>,
    pub aeth_syndrome: Bits<8>,
    pub aeth_msn: Bits<24>,
    pub immdt: Bits<32>,
    pub ieth_rkey: Bits<32>,
    pub deth_qkey: Bits<32>,
    pub deth_src_qp: Bits<24>,
    pub payload_length: Bits<13>,
}

/// Where the parts of a frame fall, worked out from its descriptor.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct FrameLayout {
    pub pad: Bits<2>,
    pub ip_length: Bits<16>,
    /// The UDP length (IPv4 total length less its header), ready for the header beat.
    pub udp_length: Bits<16>,
    pub checksum: Bits<16>,
    /// The beat holding the first payload byte (the last header byte), and whether the payload
    /// starts at lane 2 there (else lane 6).
    pub header_end_beat: Bits<BEAT_BITS>,
    pub lane_two: Bit,
    /// Payload beats to take from the stream.
    pub input_beats: Bits<BEAT_BITS>,
    /// The beat after the last payload byte's (or holding the byte after it), and its lanes that
    /// still carry payload.
    pub payload_end_beat: Bits<BEAT_BITS>,
    pub payload_end_keep: Bits<8>,
    pub last_beat: Bits<BEAT_BITS>,
    pub last_keep: Bits<8>,
    /// The beat ending the ICRC's last word; the beat where the ICRC starts, at which lane, and
    /// whether it runs into the next beat.
    pub crc_last_beat: Bits<BEAT_BITS>,
    pub icrc_beat: Bits<BEAT_BITS>,
    pub icrc_shift: Bits<3>,
    pub icrc_spill: Bit,
}

/// A payload beat as the builder keeps it (`tkeep` is not needed: the length decides).
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct PayloadBeat {
    pub tdata: Bits<64>,
    pub tlast: Bit,
}

/// A generated beat on its way to the output, with what the ICRC merge needs to know.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct LineBeat {
    pub data: Bits<64>,
    pub keep: Bits<8>,
    pub last: Bit,
    /// The ICRC starts in this beat (at lane `icrc_shift`) / ends in it, spilled from the last.
    pub icrc_first: Bit,
    pub icrc_second: Bit,
    /// The frame's ICRC is complete after this beat.
    pub icrc_done: Bit,
    pub icrc_shift: Bits<3>,
    /// Send the ICRC inverted: the payload did not match the descriptor.
    pub stomp: Bit,
}

#[derive(LogicBlock)]
pub struct TxBuilder {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub desc_valid: Signal<In, Bit>,
    pub desc_ready: Signal<Out, Bit>,
    pub desc_dst_mac: Signal<In, Bits<48>>,
    pub desc_src_mac: Signal<In, Bits<48>>,
    pub desc_src_ip: Signal<In, Bits<32>>,
    pub desc_dst_ip: Signal<In, Bits<32>>,
    pub desc_ip_dscp: Signal<In, Bits<6>>,
    pub desc_ip_ecn: Signal<In, Bits<2>>,
    pub desc_udp_src_port: Signal<In, Bits<16>>,
    pub desc_opcode: Signal<In, Bits<8>>,
    pub desc_solicited: Signal<In, Bit>,
    pub desc_mig_req: Signal<In, Bit>,
    pub desc_pkey: Signal<In, Bits<16>>,
    pub desc_fecn: Signal<In, Bit>,
    pub desc_becn: Signal<In, Bit>,
    pub desc_dest_qp: Signal<In, Bits<24>>,
    pub desc_ack_req: Signal<In, Bit>,
    pub desc_psn: Signal<In, Bits<24>>,
    pub desc_reth_va: Signal<In, Bits<64>>,
    pub desc_reth_rkey: Signal<In, Bits<32>>,
    pub desc_reth_dma_length: Signal<In, Bits<32>>,
    pub desc_aeth_syndrome: Signal<In, Bits<8>>,
    pub desc_aeth_msn: Signal<In, Bits<24>>,
    pub desc_immdt: Signal<In, Bits<32>>,
    pub desc_ieth_rkey: Signal<In, Bits<32>>,
    pub desc_deth_qkey: Signal<In, Bits<32>>,
    pub desc_deth_src_qp: Signal<In, Bits<24>>,
    pub desc_payload_length: Signal<In, Bits<13>>,
    pub s_axis_payload_tdata: Signal<In, Bits<64>>,
    pub s_axis_payload_tlast: Signal<In, Bit>,
    pub s_axis_payload_tvalid: Signal<In, Bit>,
    pub s_axis_payload_tready: Signal<Out, Bit>,
    pub m_axis_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tready: Signal<In, Bit>,
    pub stat_frames: Signal<Out, Bits<TX_COUNTER_BITS>>,
    pub stat_bad_descriptors: Signal<Out, Bits<TX_COUNTER_BITS>>,
    pub stat_payload_mismatches: Signal<Out, Bits<TX_COUNTER_BITS>>,

    // Blocks.
    /// The next descriptor and its frame's layout.
    planner: FramePlanner,
    payload_slice: SkidBuffer<PayloadBeat>,
    /// The ICRC, the line where beats wait for it, the output register.
    inserter: IcrcInserter,
    /// The header beat of the frame being generated.
    header: HeaderBeat,
    /// `tkeep`-style lane masks expanded to byte masks.
    header_bytes: XorNetwork<8, 64>,
    payload_bytes: XorNetwork<8, 64>,

    // Constants.
    ones: Constant<Bits<8>>,
    no_lanes: Constant<Bits<8>>,
    zero_word: Constant<Bits<64>>,
    no_payload: Constant<Bits<13>>,
    one_beat: Constant<Bits<BEAT_BITS>>,
    no_beats: Constant<Bits<BEAT_BITS>>,
    one_discard: Constant<Bits<3>>,
    full_discards: Constant<Bits<3>>,
    /// A three-bit zero (ICRC word shift, descriptor age, owed discards).
    no_shift: Constant<Bits<3>>,
    count_one: Constant<Bits<TX_COUNTER_BITS>>,
    no_count: Constant<Bits<TX_COUNTER_BITS>>,
    first_phase: Constant<Bits<11>>,
    beyond_phase: Constant<Bits<11>>,

    // Fields sliced further (hdl_gen slices one level at a time).
    next_length: Signal<Local, Bits<13>>,
    // The frame being generated.
    active: DFF<TxDescriptor>,
    active_entry: DFF<OpcodeEntry>,
    active_layout: DFF<FrameLayout>,
    busy: DFF<Bit>,
    beat: DFF<Bits<BEAT_BITS>>,
    /// One-hot header beat 0..9; bit 10: any later beat.
    phase: DFF<Bits<11>>,
    inputs_left: DFF<Bits<BEAT_BITS>>,
    /// About the beat to make, worked out as the one before it was made: it is at or past the
    /// header end; it takes a payload beat; it is the frame's last; it is past the payload's
    /// last beat; it is past the ICRC's last covered beat (beats count up by one, so "past" is
    /// "an earlier beat was the one", with no magnitude compare in the beat's path).
    past_header: DFF<Bit>,
    needs_input_q: DFF<Bit>,
    last_beat_now: DFF<Bit>,
    past_payload_end: DFF<Bit>,
    past_crc_end: DFF<Bit>,
    next_beat: Signal<Local, Bits<BEAT_BITS>>,
    inputs_left_next: Signal<Local, Bits<BEAT_BITS>>,
    past_header_next: Signal<Local, Bit>,
    /// A payload packet ran on / a refused descriptor's packet is owed: one more discard, counted
    /// a cycle later.
    long_found: DFF<Bit>,
    refused_found: DFF<Bit>,
    previous: DFF<Bits<64>>,
    /// The payload ended early: the rest of it is zeros.
    payload_short: DFF<Bit>,
    /// Payload packets (or their rests) to drop: past a descriptor's length, or of a refused
    /// descriptor. More than one may be owed; starting a packet waits when the count is full.
    discards: DFF<Bits<3>>,
    discards_next: Signal<Local, Bits<3>>,
    discarding: Signal<Local, Bit>,
    stomp: DFF<Bit>,
    // The beat being generated.
    advance: Signal<Local, Bit>,
    needs_input: Signal<Local, Bit>,
    takes_input: Signal<Local, Bit>,
    make_beat: Signal<Local, Bit>,
    ends_frame: Signal<Local, Bit>,
    start: Signal<Local, Bit>,
    input_word: Signal<Local, Bits<64>>,
    header_le: Signal<Local, Bits<64>>,
    payload_word: Signal<Local, Bits<64>>,
    payload_keep: Signal<Local, Bits<8>>,
    header_keep: Signal<Local, Bits<8>>,
    generated: Signal<Local, LineBeat>,
    /// The generated beat as the ICRC sees it.
    stomp_now: Signal<Local, Bit>,
    frames: DFF<Bits<TX_COUNTER_BITS>>,
    bad_descriptors: DFF<Bits<TX_COUNTER_BITS>>,
    payload_mismatches: DFF<Bits<TX_COUNTER_BITS>>,
}

impl Default for TxBuilder {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            desc_valid: Default::default(),
            desc_ready: Default::default(),
            desc_dst_mac: Default::default(),
            desc_src_mac: Default::default(),
            desc_src_ip: Default::default(),
            desc_dst_ip: Default::default(),
            desc_ip_dscp: Default::default(),
            desc_ip_ecn: Default::default(),
            desc_udp_src_port: Default::default(),
            desc_opcode: Default::default(),
            desc_solicited: Default::default(),
            desc_mig_req: Default::default(),
            desc_pkey: Default::default(),
            desc_fecn: Default::default(),
            desc_becn: Default::default(),
            desc_dest_qp: Default::default(),
            desc_ack_req: Default::default(),
            desc_psn: Default::default(),
            desc_reth_va: Default::default(),
            desc_reth_rkey: Default::default(),
            desc_reth_dma_length: Default::default(),
            desc_aeth_syndrome: Default::default(),
            desc_aeth_msn: Default::default(),
            desc_immdt: Default::default(),
            desc_ieth_rkey: Default::default(),
            desc_deth_qkey: Default::default(),
            desc_deth_src_qp: Default::default(),
            desc_payload_length: Default::default(),
            s_axis_payload_tdata: Default::default(),
            s_axis_payload_tlast: Default::default(),
            s_axis_payload_tvalid: Default::default(),
            s_axis_payload_tready: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            stat_frames: Default::default(),
            stat_bad_descriptors: Default::default(),
            stat_payload_mismatches: Default::default(),
            planner: Default::default(),
            payload_slice: Default::default(),
            inserter: Default::default(),
            header: Default::default(),
            header_bytes: XorNetwork::new((0..64).map(|bit| vec![bit / 8]).collect()),
            payload_bytes: XorNetwork::new((0..64).map(|bit| vec![bit / 8]).collect()),
            ones: Constant::new(0xFF_u64.to_bits()),
            no_lanes: Constant::new(0_u64.to_bits()),
            zero_word: Constant::new(0_u64.to_bits()),
            no_payload: Constant::new(0_u64.to_bits()),
            one_beat: Constant::new(1_u64.to_bits()),
            no_beats: Constant::new(0_u64.to_bits()),
            one_discard: Constant::new(1_u64.to_bits()),
            // Two more may be on their way (counted a cycle late).
            full_discards: Constant::new(6_u64.to_bits()),
            no_shift: Constant::new(0_u64.to_bits()),
            count_one: Constant::new(1_u64.to_bits()),
            no_count: Constant::new(0_u64.to_bits()),
            first_phase: Constant::new(1_u64.to_bits()),
            beyond_phase: Constant::new((1_u64 << 10).to_bits()),
            next_length: Default::default(),
            active: Default::default(),
            active_entry: Default::default(),
            active_layout: Default::default(),
            busy: Default::default(),
            beat: Default::default(),
            phase: Default::default(),
            inputs_left: Default::default(),
            past_header: Default::default(),
            needs_input_q: Default::default(),
            last_beat_now: Default::default(),
            past_payload_end: Default::default(),
            past_crc_end: Default::default(),
            next_beat: Default::default(),
            inputs_left_next: Default::default(),
            past_header_next: Default::default(),
            long_found: Default::default(),
            refused_found: Default::default(),
            previous: Default::default(),
            payload_short: Default::default(),
            discards: Default::default(),
            discards_next: Default::default(),
            discarding: Default::default(),
            stomp: Default::default(),
            advance: Default::default(),
            needs_input: Default::default(),
            takes_input: Default::default(),
            make_beat: Default::default(),
            ends_frame: Default::default(),
            start: Default::default(),
            input_word: Default::default(),
            header_le: Default::default(),
            payload_word: Default::default(),
            payload_keep: Default::default(),
            header_keep: Default::default(),
            generated: Default::default(),
            stomp_now: Default::default(),
            frames: Default::default(),
            bad_descriptors: Default::default(),
            payload_mismatches: Default::default(),
        }
    }
}

impl Logic for TxBuilder {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, active, active_entry, active_layout, busy, beat, phase, inputs_left, past_header, needs_input_q,
            last_beat_now, past_payload_end, past_crc_end, long_found, refused_found, previous, payload_short, discards, stomp, frames, bad_descriptors,
            payload_mismatches
        );
        self.payload_slice.clock.next = self.clock.val();
        self.payload_slice.reset.next = self.reset.val();
        self.inserter.clock.next = self.clock.val();
        self.inserter.reset.next = self.reset.val();
        self.inserter.m_axis_tready.next = self.m_axis_tready.val();
        self.m_axis_tdata.next = self.inserter.m_axis_tdata.val();
        self.m_axis_tkeep.next = self.inserter.m_axis_tkeep.val();
        self.m_axis_tlast.next = self.inserter.m_axis_tlast.val();
        self.m_axis_tvalid.next = self.inserter.m_axis_tvalid.val();

        // The next descriptor and its frame's layout.
        self.planner.clock.next = self.clock.val();
        self.planner.reset.next = self.reset.val();
        self.planner.descriptor.next.dst_mac = self.desc_dst_mac.val();
        self.planner.descriptor.next.src_mac = self.desc_src_mac.val();
        self.planner.descriptor.next.src_ip = self.desc_src_ip.val();
        self.planner.descriptor.next.dst_ip = self.desc_dst_ip.val();
        self.planner.descriptor.next.ip_dscp = self.desc_ip_dscp.val();
        self.planner.descriptor.next.ip_ecn = self.desc_ip_ecn.val();
        self.planner.descriptor.next.udp_src_port = self.desc_udp_src_port.val();
        self.planner.descriptor.next.opcode = self.desc_opcode.val();
        self.planner.descriptor.next.solicited = self.desc_solicited.val();
        self.planner.descriptor.next.mig_req = self.desc_mig_req.val();
        self.planner.descriptor.next.pkey = self.desc_pkey.val();
        self.planner.descriptor.next.fecn = self.desc_fecn.val();
        self.planner.descriptor.next.becn = self.desc_becn.val();
        self.planner.descriptor.next.dest_qp = self.desc_dest_qp.val();
        self.planner.descriptor.next.ack_req = self.desc_ack_req.val();
        self.planner.descriptor.next.psn = self.desc_psn.val();
        self.planner.descriptor.next.reth_va = self.desc_reth_va.val();
        self.planner.descriptor.next.reth_rkey = self.desc_reth_rkey.val();
        self.planner.descriptor.next.reth_dma_length = self.desc_reth_dma_length.val();
        self.planner.descriptor.next.aeth_syndrome = self.desc_aeth_syndrome.val();
        self.planner.descriptor.next.aeth_msn = self.desc_aeth_msn.val();
        self.planner.descriptor.next.immdt = self.desc_immdt.val();
        self.planner.descriptor.next.ieth_rkey = self.desc_ieth_rkey.val();
        self.planner.descriptor.next.deth_qkey = self.desc_deth_qkey.val();
        self.planner.descriptor.next.deth_src_qp = self.desc_deth_src_qp.val();
        self.planner.descriptor.next.payload_length = self.desc_payload_length.val();
        self.planner.descriptor_valid.next = self.desc_valid.val();
        self.desc_ready.next = self.planner.descriptor_ready.val();
        self.next_length.next = self.planner.pending.val().payload_length;

        // The generator: one beat per cycle while the line moves, unless the payload is late.
        self.advance.next = self.inserter.advance.val();
        self.discarding.next = self.discards.q.val() != self.no_shift.val();
        self.needs_input.next = self.busy.q.val() & self.needs_input_q.q.val();
        self.takes_input.next =
            self.needs_input.val() & !self.payload_short.q.val() & !self.discarding.val() & self.payload_slice.out_valid.val();
        self.make_beat.next = self.advance.val()
            & self.busy.q.val()
            & (!self.needs_input.val() | self.payload_short.q.val() | self.takes_input.val());
        self.ends_frame.next = self.make_beat.val() & self.last_beat_now.q.val();
        self.payload_slice.out_ready.next = (self.advance.val() & self.takes_input.val()) | self.discarding.val();

        self.input_word.next = self.payload_slice.out_data.val().tdata;
        if !self.takes_input.val() {
            self.input_word.next = self.zero_word.val();
        }
        // Header beats, from the active descriptor.
        self.header.descriptor.next = self.active.q.val();
        self.header.reth.next = self.active_entry.q.val().reth;
        self.header.aeth.next = self.active_entry.q.val().aeth;
        self.header.deth.next = self.active_entry.q.val().deth;
        self.header.ieth.next = self.active_entry.q.val().ieth;
        self.header.immdt.next = self.active_entry.q.val().immdt;
        self.header.pad.next = self.active_layout.q.val().pad;
        self.header.ip_length.next = self.active_layout.q.val().ip_length;
        self.header.udp_length.next = self.active_layout.q.val().udp_length;
        self.header.checksum.next = self.active_layout.q.val().checksum;
        self.header.phase.next = self.phase.q.val().get_bits::<10>(0);
        self.header_le.next = self.header.word.val();

        // Payload, realigned to the header end (lane 2 or 6): the previous input beat's last
        // bytes, then this one's first; bytes past the payload's end are zero.
        if self.active_layout.q.val().lane_two {
            self.payload_word.next = (self.previous.q.val() >> 48) | (self.input_word.val() << 16);
        } else {
            self.payload_word.next = (self.previous.q.val() >> 16) | (self.input_word.val() << 48);
        }
        self.header_keep.next = self.ones.val();
        self.payload_keep.next = self.no_lanes.val();
        if self.past_header.q.val() {
            self.header_keep.next = self.no_lanes.val();
            self.payload_keep.next = self.ones.val();
            if self.beat.q.val() == self.active_layout.q.val().header_end_beat {
                self.header_keep.next = self.ones.val() >> 6;
                self.payload_keep.next = self.ones.val() << 2;
                if !self.active_layout.q.val().lane_two {
                    self.header_keep.next = self.ones.val() >> 2;
                    self.payload_keep.next = self.ones.val() << 6;
                }
            }
            if self.beat.q.val() == self.active_layout.q.val().payload_end_beat {
                self.payload_keep.next = self.payload_keep.val() & self.active_layout.q.val().payload_end_keep;
            }
            if self.past_payload_end.q.val() {
                self.payload_keep.next = self.no_lanes.val();
            }
        }
        self.header_bytes.data_in.next = self.header_keep.val();
        self.payload_bytes.data_in.next = self.payload_keep.val();
        self.generated.next.data = (self.header_le.val() & self.header_bytes.data_out.val())
            | (self.payload_word.val() & self.payload_bytes.data_out.val());
        self.generated.next.keep = self.ones.val();
        self.generated.next.last = self.beat.q.val() == self.active_layout.q.val().last_beat;
        if self.beat.q.val() == self.active_layout.q.val().last_beat {
            self.generated.next.keep = self.active_layout.q.val().last_keep;
        }
        self.generated.next.icrc_first = self.beat.q.val() == self.active_layout.q.val().icrc_beat;
        self.generated.next.icrc_second = self.active_layout.q.val().icrc_spill
            & (self.beat.q.val() == (self.active_layout.q.val().icrc_beat + self.one_beat.val()));
        self.generated.next.icrc_done = self.generated.val().icrc_second
            | (self.generated.val().icrc_first & !self.active_layout.q.val().icrc_spill);
        self.generated.next.icrc_shift = self.active_layout.q.val().icrc_shift;
        // A payload that ends early, or runs on, is found as its last expected beat is taken.
        self.stomp_now.next = self.stomp.q.val();
        if self.takes_input.val() {
            if self.payload_slice.out_data.val().tlast & (self.inputs_left.q.val() != self.one_beat.val()) {
                self.stomp_now.next = true;
            }
            if !self.payload_slice.out_data.val().tlast & (self.inputs_left.q.val() == self.one_beat.val()) {
                self.stomp_now.next = true;
            }
        }
        self.generated.next.stomp = self.stomp_now.val();

        // The frame's state, as beats are generated.
        self.next_beat.next = self.beat.q.val() + self.one_beat.val();
        self.inputs_left_next.next = self.inputs_left.q.val();
        if self.needs_input.val() {
            self.inputs_left_next.next = self.inputs_left.q.val() - self.one_beat.val();
        }
        self.past_header_next.next =
            self.past_header.q.val() | (self.next_beat.val() == self.active_layout.q.val().header_end_beat);
        self.long_found.d.next = false;
        self.refused_found.d.next = false;
        if self.make_beat.val() {
            self.beat.d.next = self.next_beat.val();
            self.phase.d.next = (self.phase.q.val() << 1) | (self.phase.q.val() & self.beyond_phase.val());
            self.inputs_left.d.next = self.inputs_left_next.val();
            self.past_header.d.next = self.past_header_next.val();
            self.needs_input_q.d.next = self.past_header_next.val() & (self.inputs_left_next.val() != self.no_beats.val());
            self.last_beat_now.d.next = self.next_beat.val() == self.active_layout.q.val().last_beat;
            self.past_payload_end.d.next =
                self.past_payload_end.q.val() | (self.beat.q.val() == self.active_layout.q.val().payload_end_beat);
            self.past_crc_end.d.next = self.past_crc_end.q.val() | (self.beat.q.val() == self.active_layout.q.val().crc_last_beat);
            if self.needs_input.val() {
                self.previous.d.next = self.input_word.val();
            }
            self.stomp.d.next = self.stomp_now.val();
            if self.takes_input.val() {
                if self.payload_slice.out_data.val().tlast & (self.inputs_left.q.val() != self.one_beat.val()) {
                    self.payload_short.d.next = true;
                }
                if !self.payload_slice.out_data.val().tlast & (self.inputs_left.q.val() == self.one_beat.val()) {
                    self.long_found.d.next = true;
                }
            }
            if self.ends_frame.val() {
                self.busy.d.next = false;
                self.frames.d.next = self.frames.q.val() + self.count_one.val();
                if self.stomp_now.val() {
                    self.payload_mismatches.d.next = self.payload_mismatches.q.val() + self.count_one.val();
                }
            }
        }
        self.discards_next.next = self.discards.q.val();
        if self.long_found.q.val() {
            self.discards_next.next = self.discards_next.val() + self.one_discard.val();
        }
        if self.refused_found.q.val() {
            self.discards_next.next = self.discards_next.val() + self.one_discard.val();
        }
        if self.discarding.val() & self.payload_slice.out_valid.val() & self.payload_slice.out_data.val().tlast {
            self.discards_next.next = self.discards_next.val() - self.one_discard.val();
        }
        // The next frame starts as this one's last beat is generated (or when idle); a refused
        // descriptor starts nothing, and its payload is dropped.
        self.start.next = self.planner.ready.val()
            & (!self.busy.q.val() | self.ends_frame.val())
            & (self.discards.q.val() < self.full_discards.val());
        self.planner.take.next = self.start.val();
        if self.start.val() {
            self.active.d.next = self.planner.pending.val();
            self.active_entry.d.next = self.planner.entry.val();
            self.active_layout.d.next = self.planner.layout.val();
            if self.planner.refused.val() {
                self.bad_descriptors.d.next = self.bad_descriptors.q.val() + self.count_one.val();
                self.refused_found.d.next = self.next_length.val() != self.no_payload.val();
            } else {
                self.busy.d.next = true;
                self.beat.d.next = self.no_beats.val();
                self.phase.d.next = self.first_phase.val();
                self.inputs_left.d.next = self.planner.layout.val().input_beats;
                self.past_header.d.next = false;
                self.needs_input_q.d.next = false;
                self.last_beat_now.d.next = false;
                self.past_payload_end.d.next = false;
                self.past_crc_end.d.next = false;
                self.payload_short.d.next = false;
                self.stomp.d.next = false;
            }
        }

        self.discards.d.next = self.discards_next.val();

        // The beat to the ICRC and the line: which header beat it is, and where it falls in the
        // ICRC's coverage.
        self.inserter.beat.next = self.generated.val();
        self.inserter.beat_valid.next = self.make_beat.val();
        self.inserter.crc_beat_1.next = self.phase.q.val().get_bit(1);
        self.inserter.crc_beat_2.next = self.phase.q.val().get_bit(2);
        self.inserter.crc_beat_3.next = self.phase.q.val().get_bit(3);
        self.inserter.crc_beat_5.next = self.phase.q.val().get_bit(5);
        self.inserter.crc_covered.next =
            !self.phase.q.val().get_bit(0) & !self.phase.q.val().get_bit(1) & !self.past_crc_end.q.val();
        self.inserter.crc_last.next = self.beat.q.val() == self.active_layout.q.val().crc_last_beat;

        // The payload input, through a register slice.
        self.payload_slice.in_data.next.tdata = self.s_axis_payload_tdata.val();
        self.payload_slice.in_data.next.tlast = self.s_axis_payload_tlast.val();
        self.payload_slice.in_valid.next = self.s_axis_payload_tvalid.val();
        self.s_axis_payload_tready.next = self.payload_slice.in_ready.val();

        self.stat_frames.next = self.frames.q.val();
        self.stat_bad_descriptors.next = self.bad_descriptors.q.val();
        self.stat_payload_mismatches.next = self.payload_mismatches.q.val();

        if self.reset.val() {
            self.busy.d.next = false;
            self.discards.d.next = self.no_shift.val();
            self.long_found.d.next = false;
            self.refused_found.d.next = false;
            self.frames.d.next = self.no_count.val();
            self.bad_descriptors.d.next = self.no_count.val();
            self.payload_mismatches.d.next = self.no_count.val();
        }
    }
}
