//! The requester's completion register: one completion (QP, tag, status) offered on `cpl_*`
//! until taken. The engine `load`s one only when the slot is `free` (empty, or emptied this cycle).

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct CompletionSlot<const QP_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub free: Signal<Out, Bit>,
    pub load: Signal<In, Bit>,
    pub load_qp: Signal<In, Bits<QP_BITS>>,
    pub load_tag: Signal<In, Bits<8>>,
    pub load_status: Signal<In, Bits<3>>,
    pub cpl_valid: Signal<Out, Bit>,
    pub cpl_ready: Signal<In, Bit>,
    pub cpl_qp: Signal<Out, Bits<QP_BITS>>,
    pub cpl_tag: Signal<Out, Bits<8>>,
    pub cpl_status: Signal<Out, Bits<3>>,

    cpl_full: DFF<Bit>,
    cpl_qp_reg: DFF<Bits<QP_BITS>>,
    cpl_tag_reg: DFF<Bits<8>>,
    cpl_status_reg: DFF<Bits<3>>,
}

impl<const QP_BITS: usize> Default for CompletionSlot<QP_BITS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            free: Default::default(),
            load: Default::default(),
            load_qp: Default::default(),
            load_tag: Default::default(),
            load_status: Default::default(),
            cpl_valid: Default::default(),
            cpl_ready: Default::default(),
            cpl_qp: Default::default(),
            cpl_tag: Default::default(),
            cpl_status: Default::default(),
            cpl_full: Default::default(),
            cpl_qp_reg: Default::default(),
            cpl_tag_reg: Default::default(),
            cpl_status_reg: Default::default(),
        }
    }
}

impl<const QP_BITS: usize> Logic for CompletionSlot<QP_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cpl_full, cpl_qp_reg, cpl_tag_reg, cpl_status_reg);
        self.cpl_valid.next = self.cpl_full.q.val();
        self.cpl_qp.next = self.cpl_qp_reg.q.val();
        self.cpl_tag.next = self.cpl_tag_reg.q.val();
        self.cpl_status.next = self.cpl_status_reg.q.val();
        if self.cpl_ready.val() {
            self.cpl_full.d.next = false;
        }
        self.free.next = !self.cpl_full.q.val() | self.cpl_ready.val();
        if self.load.val() {
            self.cpl_full.d.next = true;
            self.cpl_qp_reg.d.next = self.load_qp.val();
            self.cpl_tag_reg.d.next = self.load_tag.val();
            self.cpl_status_reg.d.next = self.load_status.val();
        }
        if self.reset.val() {
            self.cpl_full.d.next = false;
        }
    }
}
