//! The dispatcher (docs/ARCHITECTURE.md): hands every packet of a SEND message to the shared connector
//! that owns its QP, by a QP → connector map in block RAM that software sets at run time.
//!
//! One output stream carries a `dest` (the connector); connector k takes the beats whose `dest`
//! is k, and `m_axis_tready` has one bit per connector. A packet of a QP that is not configured
//! (or whose number is beyond the table) is consumed and dropped whole, and counted; it never
//! reaches a connector, so no other QP's state can be touched by it. One beat per cycle, two
//! stages: a beat is accepted into the arriving stage while the map is read with its QP, and
//! moves to the output stage with its packet's decision in registers (timing: the map's answer
//! no longer reaches the handshake; the cost is one cycle of latency).
//!
//! The map survives `reset` (block RAM has none): software writes every QP it uses.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Dispatcher<const QP_BITS: usize, const CONNECTOR_BITS: usize, const CONNECTORS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Packets of SEND messages, already in order and deduplicated by the RC responder.
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    /// The packet's destination QP number (BTH DestQP), held for all its beats.
    pub s_axis_qp: Signal<In, Bits<24>>,
    /// The packet ends its message (SEND Last or Only).
    pub s_axis_message_end: Signal<In, Bit>,
    pub m_axis_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Bit k: connector k takes a beat addressed to it.
    pub m_axis_tready: Signal<In, Bits<CONNECTORS>>,
    pub m_axis_dest: Signal<Out, Bits<CONNECTOR_BITS>>,
    pub m_axis_qp: Signal<Out, Bits<QP_BITS>>,
    pub m_axis_message_end: Signal<Out, Bit>,
    /// Map write: QP `cfg_qp` goes to connector `cfg_connector` (or nowhere, `cfg_enable` low).
    pub cfg_write: Signal<In, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_connector: Signal<In, Bits<CONNECTOR_BITS>>,
    /// Packets handed to a connector, and packets dropped for an unknown QP (wrapping).
    pub packets_dispatched: Signal<Out, Bits<32>>,
    pub packets_unknown_qp: Signal<Out, Bits<32>>,
    /// Per QP: bit CONNECTOR_BITS = enabled, the bits below = connector.
    map: RAM<Bits<8>, QP_BITS>,
    /// The arriving stage: the beat, whether it starts a packet, whether its QP number fits the
    /// table, and its map entry (on the RAM's output the cycle after it is accepted, `fresh`).
    arriving: DFF<Bit>,
    arriving_data: DFF<Bits<64>>,
    arriving_keep: DFF<Bits<8>>,
    arriving_last: DFF<Bit>,
    arriving_qp: DFF<Bits<QP_BITS>>,
    arriving_message_end: DFF<Bit>,
    arriving_first: DFF<Bit>,
    arriving_in_range: DFF<Bit>,
    arriving_fresh: DFF<Bit>,
    arriving_entry: DFF<Bits<8>>,
    /// The output stage, and its packet's decision.
    held: DFF<Bit>,
    held_data: DFF<Bits<64>>,
    held_keep: DFF<Bits<8>>,
    held_last: DFF<Bit>,
    held_qp: DFF<Bits<QP_BITS>>,
    held_message_end: DFF<Bit>,
    route_deliver: DFF<Bit>,
    route_dest: DFF<Bits<CONNECTOR_BITS>>,
    /// The next beat accepted starts a packet.
    at_packet_start: DFF<Bit>,
    dispatched: DFF<Bits<32>>,
    unknown: DFF<Bits<32>>,
    entry: Signal<Local, Bits<8>>,
    taken: Signal<Local, Bit>,
    moves: Signal<Local, Bit>,
    accept: Signal<Local, Bit>,
    qp_index: Signal<Local, Bits<QP_BITS>>,
    qp_high: Signal<Local, Bits<24>>,
    high_mask: Constant<Bits<24>>,
    enable_bit: Constant<Bits<8>>,
    one: Constant<Bits<32>>,
    zero: Constant<Bits<32>>,
    one_hot_zero: Constant<Bits<CONNECTORS>>,
}

impl<const QP_BITS: usize, const CONNECTOR_BITS: usize, const CONNECTORS: usize> Default for Dispatcher<QP_BITS, CONNECTOR_BITS, CONNECTORS> {
    fn default() -> Self {
        assert!(CONNECTORS <= 1 << CONNECTOR_BITS && CONNECTOR_BITS < 8 && QP_BITS < 24);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            s_axis_qp: Default::default(),
            s_axis_message_end: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            m_axis_dest: Default::default(),
            m_axis_qp: Default::default(),
            m_axis_message_end: Default::default(),
            cfg_write: Default::default(),
            cfg_qp: Default::default(),
            cfg_enable: Default::default(),
            cfg_connector: Default::default(),
            packets_dispatched: Default::default(),
            packets_unknown_qp: Default::default(),
            // Block RAM is zero at configuration: no QP is mapped until software says so.
            map: RAM::new((0..1u64 << QP_BITS).map(|i| (i.to_bits(), Bits::<8>::default())).collect()),
            arriving: Default::default(),
            arriving_data: Default::default(),
            arriving_keep: Default::default(),
            arriving_last: Default::default(),
            arriving_qp: Default::default(),
            arriving_message_end: Default::default(),
            arriving_first: Default::default(),
            arriving_in_range: Default::default(),
            arriving_fresh: Default::default(),
            arriving_entry: Default::default(),
            held: Default::default(),
            held_data: Default::default(),
            held_keep: Default::default(),
            held_last: Default::default(),
            held_qp: Default::default(),
            held_message_end: Default::default(),
            route_deliver: Default::default(),
            route_dest: Default::default(),
            at_packet_start: Default::default(),
            dispatched: Default::default(),
            unknown: Default::default(),
            entry: Default::default(),
            taken: Default::default(),
            moves: Default::default(),
            accept: Default::default(),
            qp_index: Default::default(),
            qp_high: Default::default(),
            high_mask: Constant::new((((1u64 << 24) - 1) & !((1u64 << QP_BITS) - 1)).to_bits()),
            enable_bit: Constant::new((1u64 << CONNECTOR_BITS).to_bits()),
            one: Constant::new(1u64.to_bits()),
            zero: Constant::new(0u64.to_bits()),
            one_hot_zero: Constant::new(1u64.to_bits()),
        }
    }
}

impl<const QP_BITS: usize, const CONNECTOR_BITS: usize, const CONNECTORS: usize> Logic for Dispatcher<QP_BITS, CONNECTOR_BITS, CONNECTORS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, arriving, arriving_data, arriving_keep, arriving_last, arriving_qp, arriving_message_end, arriving_first,
            arriving_in_range, arriving_fresh, arriving_entry, held, held_data, held_keep, held_last, held_qp, held_message_end,
            route_deliver, route_dest, at_packet_start, dispatched, unknown
        );
        self.map.read_clock.next = self.clock.val();
        self.map.write_clock.next = self.clock.val();
        self.map.write_enable.next = self.cfg_write.val();
        self.map.write_address.next = self.cfg_qp.val();
        self.map.write_data.next = bit_cast::<8, CONNECTOR_BITS>(self.cfg_connector.val());
        if self.cfg_enable.val() {
            self.map.write_data.next = bit_cast::<8, CONNECTOR_BITS>(self.cfg_connector.val()) | self.enable_bit.val();
        }

        // The map is read with the incoming beat's QP; the answer belongs to the arriving beat the
        // cycle after it is accepted, and is kept while that beat waits.
        self.qp_index.next = bit_cast::<QP_BITS, 24>(self.s_axis_qp.val());
        self.map.read_address.next = self.qp_index.val();
        self.entry.next = self.arriving_entry.q.val();
        if self.arriving_fresh.q.val() {
            self.entry.next = self.map.read_data.val();
        }
        self.arriving_entry.d.next = self.entry.val();
        // QP numbers beyond the table are unknown whatever the map says.
        self.qp_high.next = self.s_axis_qp.val() & self.high_mask.val();

        self.m_axis_tdata.next = self.held_data.q.val();
        self.m_axis_tkeep.next = self.held_keep.q.val();
        self.m_axis_tlast.next = self.held_last.q.val();
        self.m_axis_qp.next = self.held_qp.q.val();
        self.m_axis_message_end.next = self.held_message_end.q.val();
        self.m_axis_dest.next = self.route_dest.q.val();
        self.m_axis_tvalid.next = self.held.q.val() & self.route_deliver.q.val();
        // A dropped packet's beats are taken at once; a delivered one's when its connector is ready.
        self.taken.next = self.held.q.val()
            & (!self.route_deliver.q.val() | (self.m_axis_tready.val() & (self.one_hot_zero.val() << self.route_dest.q.val())).any());
        self.moves.next = self.arriving.q.val() & (!self.held.q.val() | self.taken.val());
        self.accept.next = self.s_axis_tvalid.val() & (!self.arriving.q.val() | self.moves.val());
        self.s_axis_tready.next = !self.arriving.q.val() | self.moves.val();

        if self.taken.val() & self.held_last.q.val() {
            if self.route_deliver.q.val() {
                self.dispatched.d.next = self.dispatched.q.val() + self.one.val();
            } else {
                self.unknown.d.next = self.unknown.q.val() + self.one.val();
            }
        }
        if self.taken.val() {
            self.held.d.next = false;
        }
        if self.moves.val() {
            self.held.d.next = true;
            self.held_data.d.next = self.arriving_data.q.val();
            self.held_keep.d.next = self.arriving_keep.q.val();
            self.held_last.d.next = self.arriving_last.q.val();
            self.held_qp.d.next = self.arriving_qp.q.val();
            self.held_message_end.d.next = self.arriving_message_end.q.val();
            if self.arriving_first.q.val() {
                self.route_deliver.d.next = (self.entry.val() & self.enable_bit.val()).any() & self.arriving_in_range.q.val();
                self.route_dest.d.next = bit_cast::<CONNECTOR_BITS, 8>(self.entry.val());
            }
            self.arriving.d.next = false;
        }
        self.arriving_fresh.d.next = false;
        if self.accept.val() {
            self.arriving.d.next = true;
            self.arriving_data.d.next = self.s_axis_tdata.val();
            self.arriving_keep.d.next = self.s_axis_tkeep.val();
            self.arriving_last.d.next = self.s_axis_tlast.val();
            self.arriving_qp.d.next = self.qp_index.val();
            self.arriving_message_end.d.next = self.s_axis_message_end.val();
            self.arriving_first.d.next = self.at_packet_start.q.val();
            self.arriving_in_range.d.next = !self.qp_high.val().any();
            self.arriving_fresh.d.next = true;
            self.at_packet_start.d.next = self.s_axis_tlast.val();
        }
        self.packets_dispatched.next = self.dispatched.q.val();
        self.packets_unknown_qp.next = self.unknown.q.val();
        if self.reset.val() {
            self.arriving.d.next = false;
            self.arriving_fresh.d.next = false;
            self.held.d.next = false;
            self.at_packet_start.d.next = true;
            self.dispatched.d.next = self.zero.val();
            self.unknown.d.next = self.zero.val();
        }
    }
}
