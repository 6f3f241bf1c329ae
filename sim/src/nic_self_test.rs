//! The whole-path self-test's image (`nic_hdl::board::nic_self_test_image`), made by the reference
//! models: host frames from the packet model, the NIC's ACKs from the RC responder model, its
//! SENDs from the requester's segmentation model carrying the CQEs of the loopback controller's
//! model. `sim/tests/nic_self_test.rs` checks that the committed image is this one (`NIC_BLESS=1`
//! rewrites it) and runs the RTL against it.

use crate::models::host_requester::segment;
use crate::models::rc_responder::{Request, ResponderModel};
use crate::models::tx_builder::{frame, TxDescriptor};
use nic_hdl::board::nic_self_test::{
    SelfTestQp, NIC_SELF_TEST_IP, NIC_SELF_TEST_MAC, NIC_SELF_TEST_MTU_SHIFT, NIC_SELF_TEST_PKEY, NIC_SELF_TEST_QPN_BASE, NIC_SELF_TEST_QPS,
};
use nic_hdl::board::nic_self_test_image::{HostFrame, NicSelfTestImage};
use nic_hdl::nvme::capsule::{Cqe, Sgl, Sqe, Status, OPCODE_READ};
use nic_hdl::roce::rc::{psn_add, WrKind, PSN_MASK, SYNDROME_ACK};
use std::collections::BTreeMap;

/// Where the committed image lives, from this crate.
pub const NIC_IMAGE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../hdl/self_test/nic.txt");

pub const NIC_IMAGE_HEADER: &str = "The board's whole-path self-test: host frames for the NIC core and the frames it must send back.
Made by nic_sim::nic_self_test::nic_self_test_image; rewrite it with
`NIC_BLESS=1 cargo test -p nic-sim --test nic_self_test`. Do not edit by hand.";

/// Commands per QP and phase: within the requester's 8 unacknowledged messages per QP.
pub const COMMANDS_PER_PHASE: u16 = 4;

/// The loopback controller (`nic_hdl::board::loopback_controller`): every command completes at
/// once, successfully, with the controller's count of commands as the SQ head.
#[derive(Clone, Debug, Default)]
pub struct LoopbackControllerModel {
    taken: u16,
}

impl LoopbackControllerModel {
    pub fn complete(&mut self, qp: u16, cid: u16) -> Cqe {
        self.taken = self.taken.wrapping_add(1);
        Cqe { dw0: 0, sq_head: self.taken, sq_id: qp, cid, status: Status::SUCCESS, dnr: false }
    }
}

/// The host's end of one QP and the NIC's state the host can predict.
struct QpState {
    setup: SelfTestQp,
    host_psn: u32,
    nic_psn: u32,
    /// NIC SENDs not yet acknowledged by the host, and messages the host has completed.
    unacked: u32,
    host_msn: u32,
    next_cid: u16,
}

fn mtu() -> usize {
    256 << NIC_SELF_TEST_MTU_SHIFT
}

/// A frame from the host to the NIC on `qp`.
fn host_frame(setup: &SelfTestQp, opcode: u8, psn: u32, payload: &[u8], aeth: (u8, u32)) -> Vec<u8> {
    let desc = TxDescriptor {
        dst_mac: NIC_SELF_TEST_MAC,
        src_mac: setup.peer_mac,
        src_ip: setup.peer_ip,
        dst_ip: NIC_SELF_TEST_IP,
        udp_src_port: 0xD000 | setup.qp,
        opcode,
        pkey: NIC_SELF_TEST_PKEY,
        dest_qp: NIC_SELF_TEST_QPN_BASE + setup.qp as u32,
        ack_req: opcode != 0x11,
        psn,
        aeth_syndrome: aeth.0,
        aeth_msn: aeth.1,
        payload_length: payload.len(),
        ..Default::default()
    };
    frame(&desc, payload, false)
}

/// A frame from the NIC to the host of `setup` (the transmit multiplexer's addressing).
fn nic_frame(setup: &SelfTestQp, desc: TxDescriptor, payload: &[u8]) -> Vec<u8> {
    let desc = TxDescriptor {
        dst_mac: setup.peer_mac,
        src_mac: NIC_SELF_TEST_MAC,
        src_ip: NIC_SELF_TEST_IP,
        dst_ip: setup.peer_ip,
        udp_src_port: 0xC000 | setup.qp,
        pkey: NIC_SELF_TEST_PKEY,
        dest_qp: setup.peer_qpn,
        payload_length: payload.len(),
        ..desc
    };
    frame(&desc, payload, false)
}

struct ImageBuilder {
    image: NicSelfTestImage,
    qps: Vec<QpState>,
    responder: ResponderModel,
    /// Controllers by (connector, controller).
    controllers: BTreeMap<(u8, u8), LoopbackControllerModel>,
    /// Controller serving each QP now.
    serving: Vec<u8>,
    sends: u8,
}

impl ImageBuilder {
    /// `COMMANDS_PER_PHASE` command capsules on QP `q`, back to back, once the NIC has sent
    /// `gate` SENDs; link A pulled with the first when `pull`.
    fn commands(&mut self, q: usize, gate: u8, pull: bool) {
        for k in 0..COMMANDS_PER_PHASE {
            let s = &mut self.qps[q];
            let cid = s.next_cid;
            s.next_cid += 1;
            let sgl = Sgl::Keyed { address: 0x1000_0000 * (q as u64 + 1) + cid as u64 * 0x1000, length: 512, key: 0x5E1F + q as u32, invalidate: false };
            let sqe = Sqe { opcode: OPCODE_READ, cid, nsid: 1, sgl, slba: cid as u64, nlb_minus_one: 0, fctype: 0, qid: 0 };
            let psn = s.host_psn;
            s.host_psn = psn_add(psn, 1);
            let bytes = host_frame(&s.setup, 0x04, psn, &sqe.encode(), (0, 0));
            self.image.frames.push(HostFrame { bytes, gate, pull_link_a: pull && k == 0 });

            let verdict = self.responder.request(&Request { qp: q, opcode: 0x04, psn, ack_req: true, consumer_full: false });
            let aeth = verdict.answer.expect("a SEND Only with AckReq is answered");
            let ack = TxDescriptor { opcode: 0x11, psn: aeth.psn, aeth_syndrome: aeth.syndrome, aeth_msn: aeth.msn, ..Default::default() };
            self.image.acks.push(nic_frame(&self.qps[q].setup, ack, &[]));

            let setup = self.qps[q].setup;
            let cqe = self.controllers.entry((setup.connector, self.serving[q])).or_default().complete(setup.qp, cid).encode();
            let s = &mut self.qps[q];
            for p in segment(WrKind::Send, 0, 0, &cqe, mtu(), s.nic_psn) {
                let send = TxDescriptor { opcode: p.opcode, psn: p.psn, ack_req: p.ack_req, ..Default::default() };
                self.image.sends.push(nic_frame(&setup, send, &p.payload));
                s.nic_psn = psn_add(p.psn, 1);
            }
            s.unacked += 1;
            self.sends += 1;
        }
    }

    /// The host's ACK of every SEND of QP `q` so far, once the NIC has sent them all.
    fn host_ack(&mut self, q: usize) {
        let s = &mut self.qps[q];
        s.host_msn += s.unacked;
        s.unacked = 0;
        let last = psn_add(s.nic_psn, PSN_MASK);
        let bytes = host_frame(&s.setup, 0x11, last, &[], (SYNDROME_ACK, s.host_msn));
        self.image.frames.push(HostFrame { bytes, gate: self.sends, pull_link_a: false });
    }
}

/// The image: QP 0 (controller A) and QP 1 (controller B) each take four commands and the host
/// acknowledges their completions; then controller A's link is pulled as QP 0's next four
/// commands go, and B completes them.
pub fn nic_self_test_image() -> NicSelfTestImage {
    let mut responder = ResponderModel::new(4, 1);
    let qps: Vec<QpState> = NIC_SELF_TEST_QPS
        .iter()
        .map(|setup| {
            responder.configure(setup.qp as usize, setup.host_psn);
            QpState { setup: *setup, host_psn: setup.host_psn, nic_psn: setup.nic_psn, unacked: 0, host_msn: 0, next_cid: 1 }
        })
        .collect();
    let serving = NIC_SELF_TEST_QPS.iter().map(|s| s.controller).collect();
    let mut b = ImageBuilder { image: NicSelfTestImage::default(), qps, responder, controllers: BTreeMap::new(), serving, sends: 0 };
    b.commands(0, 0, false);
    b.host_ack(0);
    b.commands(1, b.sends, false);
    b.host_ack(1);
    // Controller A's link goes down: connector 0 hands QP 0 to B.
    b.serving[0] = 1;
    b.commands(0, b.sends, true);
    b.host_ack(0);
    b.image
}
