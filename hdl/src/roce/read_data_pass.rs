//! The requester's READ data path: a READ Response's payload passed through to `m_axis_read_*`
//! with its QP, tag, byte count and whether it ends its READ, or dropped, up to its `tlast`.
//!
//! The engine `load`s what to do with the next response's payload once it has checked the
//! response; `busy` (a payload still to pass or drop) holds the engine's next response back.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ReadDataPass<const QP_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub load: Signal<In, Bit>,
    /// A payload follows (the response's length is not 0) and is to be delivered, not dropped.
    pub load_busy: Signal<In, Bit>,
    pub load_deliver: Signal<In, Bit>,
    pub load_message_end: Signal<In, Bit>,
    pub load_qp: Signal<In, Bits<QP_BITS>>,
    pub load_tag: Signal<In, Bits<8>>,
    pub load_length: Signal<In, Bits<13>>,
    pub busy: Signal<Out, Bit>,
    pub s_axis_resp_tdata: Signal<In, Bits<64>>,
    pub s_axis_resp_tlast: Signal<In, Bit>,
    pub s_axis_resp_tvalid: Signal<In, Bit>,
    pub s_axis_resp_tready: Signal<Out, Bit>,
    pub m_axis_read_tdata: Signal<Out, Bits<64>>,
    pub m_axis_read_tlast: Signal<Out, Bit>,
    pub m_axis_read_tvalid: Signal<Out, Bit>,
    pub m_axis_read_tready: Signal<In, Bit>,
    pub read_qp: Signal<Out, Bits<QP_BITS>>,
    pub read_tag: Signal<Out, Bits<8>>,
    pub read_length: Signal<Out, Bits<13>>,
    pub read_last: Signal<Out, Bit>,

    read_busy: DFF<Bit>,
    read_deliver: DFF<Bit>,
    read_message_end: DFF<Bit>,
    read_qp_reg: DFF<Bits<QP_BITS>>,
    read_tag_reg: DFF<Bits<8>>,
    read_length_reg: DFF<Bits<13>>,
}

impl<const QP_BITS: usize> Default for ReadDataPass<QP_BITS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            load: Default::default(),
            load_busy: Default::default(),
            load_deliver: Default::default(),
            load_message_end: Default::default(),
            load_qp: Default::default(),
            load_tag: Default::default(),
            load_length: Default::default(),
            busy: Default::default(),
            s_axis_resp_tdata: Default::default(),
            s_axis_resp_tlast: Default::default(),
            s_axis_resp_tvalid: Default::default(),
            s_axis_resp_tready: Default::default(),
            m_axis_read_tdata: Default::default(),
            m_axis_read_tlast: Default::default(),
            m_axis_read_tvalid: Default::default(),
            m_axis_read_tready: Default::default(),
            read_qp: Default::default(),
            read_tag: Default::default(),
            read_length: Default::default(),
            read_last: Default::default(),
            read_busy: Default::default(),
            read_deliver: Default::default(),
            read_message_end: Default::default(),
            read_qp_reg: Default::default(),
            read_tag_reg: Default::default(),
            read_length_reg: Default::default(),
        }
    }
}

impl<const QP_BITS: usize> Logic for ReadDataPass<QP_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, read_busy, read_deliver, read_message_end, read_qp_reg, read_tag_reg, read_length_reg);
        self.busy.next = self.read_busy.q.val();
        self.s_axis_resp_tready.next = self.read_busy.q.val() & (!self.read_deliver.q.val() | self.m_axis_read_tready.val());
        self.m_axis_read_tvalid.next = self.read_busy.q.val() & self.read_deliver.q.val() & self.s_axis_resp_tvalid.val();
        self.m_axis_read_tdata.next = self.s_axis_resp_tdata.val();
        self.m_axis_read_tlast.next = self.s_axis_resp_tlast.val();
        self.read_qp.next = self.read_qp_reg.q.val();
        self.read_tag.next = self.read_tag_reg.q.val();
        self.read_length.next = self.read_length_reg.q.val();
        self.read_last.next = self.read_message_end.q.val();
        if self.s_axis_resp_tvalid.val() & self.s_axis_resp_tready.val() & self.s_axis_resp_tlast.val() {
            self.read_busy.d.next = false;
        }
        // The engine loads only while nothing is busy.
        if self.load.val() {
            self.read_busy.d.next = self.load_busy.val();
            self.read_deliver.d.next = self.load_deliver.val();
            self.read_message_end.d.next = self.load_message_end.val();
            self.read_qp_reg.d.next = self.load_qp.val();
            self.read_tag_reg.d.next = self.load_tag.val();
            self.read_length_reg.d.next = self.load_length.val();
        }
        if self.reset.val() {
            self.read_busy.d.next = false;
        }
    }
}
