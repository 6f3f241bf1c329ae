//! The two loopback controllers (A and B) at the far end of one connector's links: the
//! connector's one stream to its controllers is split by `tvalid` bit, their streams come back
//! on `from_a` and `from_b`.

use super::loopback_controller::LoopbackController;
use crate::bundles::controller_links::ControllerEnds;
use crate::bundles::stream::StreamOut;
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct LoopbackPair {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub links: ControllerEnds,
    a: LoopbackController,
    b: LoopbackController,
}

impl Logic for LoopbackPair {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, a, b);
        self.a.reset.next = self.reset.val();
        self.b.reset.next = self.reset.val();
        StreamOut::link(&mut self.links.from_a, &mut self.a.to_nic);
        StreamOut::link(&mut self.links.from_b, &mut self.b.to_nic);
        self.a.from_nic.tdata.next = self.links.to_controller.tdata.val();
        self.a.from_nic.tlast.next = self.links.to_controller.tlast.val();
        self.a.from_nic.tvalid.next = self.links.to_controller.tvalid.val().get_bit(0);
        self.b.from_nic.tdata.next = self.links.to_controller.tdata.val();
        self.b.from_nic.tlast.next = self.links.to_controller.tlast.val();
        self.b.from_nic.tvalid.next = self.links.to_controller.tvalid.val().get_bit(1);
        self.links.to_controller.tready.next =
            bit_cast::<2, 1>(self.a.from_nic.tready.val().into()) | (bit_cast::<2, 1>(self.b.from_nic.tready.val().into()) << 1);
    }
}
