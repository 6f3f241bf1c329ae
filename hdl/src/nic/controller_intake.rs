//! The receive side of a connector's two controller links (docs/controller-link.md): offers the
//! engine the next message to take — from B only when A has none or the engine's last message
//! came from A, so neither link starves — and then the beats of the message it works on. Beside
//! the engine it consumes what the engine never sees: a serving controller's `HEARTBEAT` (it only
//! proves the controller alive, so a backlog of them never delays real messages), a link that
//! is down, and the rest of a message the engine or the mover abandoned. While the mover passes a
//! WRITE's data, its link offers nothing, and neither link offers a `WQE` (its work request would
//! wait for the mover, and a failover sweep behind it).

use crate::bundles::link_message::{MessageBeatOut, NextMessageOut};
use crate::bundles::stream::StreamIn;
use crate::constant::constant;
use crate::link::message::MessageType;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ControllerIntake {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub from_a: StreamIn,
    pub from_b: StreamIn,
    /// Per controller (bit 0 = A): its links are up; it is fenced; up and not fenced.
    pub link_up: Signal<In, Bits<2>>,
    pub fenced: Signal<In, Bits<2>>,
    pub available: Signal<In, Bits<2>>,
    /// A beat came from a controller (one-cycle pulse per link): it is alive.
    pub heard: Signal<Out, Bits<2>>,
    /// A message waits on a link; the one the engine takes next.
    pub waiting: Signal<Out, Bit>,
    pub offered: NextMessageOut,
    /// The engine takes the picked header beat.
    pub take_header: Signal<In, Bit>,
    /// The message being read.
    pub beat: MessageBeatOut,
    /// The mover: moving, from which link, taking that link's beat now.
    pub mover_busy: Signal<In, Bit>,
    pub mover_src: Signal<In, Bit>,
    pub mover_take: Signal<In, Bit>,
    /// Drain these links up to the end of their current message (one-cycle pulse).
    pub skip: Signal<In, Bits<2>>,
    /// Per link: its next beat starts a message; it is being drained.
    at_header: DFF<Bits<2>>,
    draining: DFF<Bits<2>>,
    heartbeat_a: Signal<Local, Bit>,
    heartbeat_b: Signal<Local, Bit>,
    wqe_a: Signal<Local, Bit>,
    wqe_b: Signal<Local, Bit>,
    a_offers: Signal<Local, Bit>,
    b_offers: Signal<Local, Bit>,
    take_a: Signal<Local, Bit>,
    take_b: Signal<Local, Bit>,
    boundary: Signal<Local, Bits<2>>,
    drained: Signal<Local, Bits<2>>,
    type_heartbeat: Constant<Bits<8>>,
    type_wqe: Constant<Bits<8>>,
    link_a: Constant<Bits<2>>,
    link_b: Constant<Bits<2>>,
    no_link: Constant<Bits<2>>,
}

impl Default for ControllerIntake {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            from_a: Default::default(),
            from_b: Default::default(),
            link_up: Default::default(),
            fenced: Default::default(),
            available: Default::default(),
            heard: Default::default(),
            waiting: Default::default(),
            offered: Default::default(),
            take_header: Default::default(),
            beat: Default::default(),
            mover_busy: Default::default(),
            mover_src: Default::default(),
            mover_take: Default::default(),
            skip: Default::default(),
            at_header: Default::default(),
            draining: Default::default(),
            heartbeat_a: Default::default(),
            heartbeat_b: Default::default(),
            wqe_a: Default::default(),
            wqe_b: Default::default(),
            a_offers: Default::default(),
            b_offers: Default::default(),
            take_a: Default::default(),
            take_b: Default::default(),
            boundary: Default::default(),
            drained: Default::default(),
            type_heartbeat: constant(MessageType::Heartbeat as u64),
            type_wqe: constant(MessageType::Wqe as u64),
            link_a: constant(1),
            link_b: constant(2),
            no_link: constant(0),
        }
    }
}

impl Logic for ControllerIntake {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, at_header, draining);
        // The engine's message.
        self.beat.data.next = self.from_a.tdata.val();
        self.beat.last.next = self.from_a.tlast.val();
        self.beat.valid.next = self.from_a.tvalid.val();
        self.beat.lost.next = !self.available.val().get_bit(0);
        if self.beat.src.val() {
            self.beat.data.next = self.from_b.tdata.val();
            self.beat.last.next = self.from_b.tlast.val();
            self.beat.valid.next = self.from_b.tvalid.val();
            self.beat.lost.next = !self.available.val().get_bit(1);
        }
        // The next message.
        self.heartbeat_a.next = self.at_header.q.val().get_bit(0)
            & self.from_a.tvalid.val()
            & self.from_a.tlast.val()
            & (self.from_a.tdata.val().get_bits::<8>(0) == self.type_heartbeat.val())
            & !self.fenced.val().get_bit(0);
        self.heartbeat_b.next = self.at_header.q.val().get_bit(1)
            & self.from_b.tvalid.val()
            & self.from_b.tlast.val()
            & (self.from_b.tdata.val().get_bits::<8>(0) == self.type_heartbeat.val())
            & !self.fenced.val().get_bit(1);
        self.wqe_a.next = self.from_a.tdata.val().get_bits::<8>(0) == self.type_wqe.val();
        self.wqe_b.next = self.from_b.tdata.val().get_bits::<8>(0) == self.type_wqe.val();
        self.a_offers.next = self.from_a.tvalid.val()
            & self.link_up.val().get_bit(0)
            & !self.draining.q.val().get_bit(0)
            & !self.heartbeat_a.val()
            & !(self.mover_busy.val() & (!self.mover_src.val() | self.wqe_a.val()));
        self.b_offers.next = self.from_b.tvalid.val()
            & self.link_up.val().get_bit(1)
            & !self.draining.q.val().get_bit(1)
            & !self.heartbeat_b.val()
            & !(self.mover_busy.val() & (self.mover_src.val() | self.wqe_b.val()));
        self.waiting.next = self.a_offers.val() | self.b_offers.val();
        self.offered.from_b.next = self.b_offers.val() & (!self.a_offers.val() | !self.beat.src.val());
        self.offered.kind.next = self.from_a.tdata.val().get_bits::<8>(0);
        self.offered.fields.next = self.from_a.tdata.val().get_bits::<48>(16);
        self.offered.last.next = self.from_a.tlast.val();
        if self.offered.from_b.val() {
            self.offered.kind.next = self.from_b.tdata.val().get_bits::<8>(0);
            self.offered.fields.next = self.from_b.tdata.val().get_bits::<48>(16);
            self.offered.last.next = self.from_b.tlast.val();
        }

        // Handshakes: the engine's, the mover's, and what is consumed beside them.
        self.take_a.next = (self.take_header.val() & !self.offered.from_b.val())
            | (self.beat.take.val() & !self.beat.src.val())
            | (self.mover_take.val() & !self.mover_src.val());
        self.take_b.next = (self.take_header.val() & self.offered.from_b.val())
            | (self.beat.take.val() & self.beat.src.val())
            | (self.mover_take.val() & self.mover_src.val());
        self.from_a.tready.next =
            self.take_a.val() | self.draining.q.val().get_bit(0) | !self.link_up.val().get_bit(0) | self.heartbeat_a.val();
        self.from_b.tready.next =
            self.take_b.val() | self.draining.q.val().get_bit(1) | !self.link_up.val().get_bit(1) | self.heartbeat_b.val();
        // Message boundaries per link, for the heartbeat filter; a link that went down starts afresh.
        self.boundary.next = self.at_header.q.val() | !self.link_up.val();
        if self.from_a.tvalid.val() & self.from_a.tready.val() & self.link_up.val().get_bit(0) {
            self.boundary.next = self.boundary.val() & !self.link_a.val();
            if self.from_a.tlast.val() {
                self.boundary.next = self.boundary.val() | self.link_a.val();
            }
        }
        if self.from_b.tvalid.val() & self.from_b.tready.val() & self.link_up.val().get_bit(1) {
            self.boundary.next = self.boundary.val() & !self.link_b.val();
            if self.from_b.tlast.val() {
                self.boundary.next = self.boundary.val() | self.link_b.val();
            }
        }
        self.at_header.d.next = self.boundary.val();
        // A controller offering a beat is alive, whether or not it is taken now.
        self.heard.next = self.no_link.val();
        if self.from_a.tvalid.val() & self.link_up.val().get_bit(0) {
            self.heard.next = self.link_a.val();
        }
        if self.from_b.tvalid.val() & self.link_up.val().get_bit(1) {
            self.heard.next = self.heard.val() | self.link_b.val();
        }
        self.drained.next = self.no_link.val();
        if self.from_a.tvalid.val() & self.from_a.tready.val() & self.draining.q.val().get_bit(0) & self.from_a.tlast.val() {
            self.drained.next = self.link_a.val();
        }
        if self.from_b.tvalid.val() & self.from_b.tready.val() & self.draining.q.val().get_bit(1) & self.from_b.tlast.val() {
            self.drained.next = self.drained.val() | self.link_b.val();
        }
        self.draining.d.next = ((self.draining.q.val() | self.skip.val()) & !self.drained.val()) & self.link_up.val();
        if self.reset.val() {
            self.draining.d.next = self.no_link.val();
            self.at_header.d.next = self.link_a.val() | self.link_b.val();
        }
    }
}
