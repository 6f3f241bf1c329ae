//! The NVMe-oF system at the message level — hosts, the connector model, two controllers over one
//! namespace — on seeded random traffic: every command completes once with success, every byte
//! read back is the byte last written; and every bad input is dropped and counted by cause.

use nic_hdl::link::message::{Message, MessageType};
use nic_hdl::nvme::capsule::{self, Cqe, Sgl, Sqe, Status};
use nic_sim::nvme::connector::{ConnectorModel, HostIn, HostOp};
use nic_sim::nvme::fabric::{Fabric, FabricConfig};
use nic_sim::nvme::scenarios::{cqe_wqe, read_capsule};
use nic_sim::stimulus::seeds;

#[test]
fn random_io_through_two_connectors_completes_once_and_reads_back_every_byte() {
    for seed in seeds(&[1, 2, 3, 4]) {
        let config = FabricConfig { seed, bound_to_b: vec![2, 5, 7], free_cids: seed % 2 == 0, ..Default::default() };
        let mut fabric = Fabric::new(config);
        fabric.run(2_000_000).unwrap();
        let h = &fabric.host.counters;
        let n = &fabric.nic.counters;
        let label = format!("seed {seed} (replay with NIC_SEED={seed}): host {h:?}, nic {n:?}");
        assert_eq!((h.io_errors, h.data_mismatches, h.unexpected_completions, h.bad_rdma_access), (0, 0, 0, 0), "{label}");
        assert_eq!(h.issued, h.completed, "{label}");
        assert_eq!(h.completed, 2000 + 9, "every I/O and the nine Connects: {label}");
        assert!(h.reads > 500 && h.writes > 500 && h.flushes > 20 && h.bytes_read > 10 << 20, "{label}");
        assert_eq!(n.commands_forwarded, n.completions_delivered, "{label}");
        assert_eq!(*n, nic_sim::nvme::connector::ConnectorCounters { commands_forwarded: n.commands_forwarded, completions_delivered: n.completions_delivered, ..Default::default() }, "no drops on good traffic: {label}");
        // Both controllers served, and completions came out of order somewhere.
        assert!(fabric.controllers.iter().all(|c| c.counters.completed > 100), "{label}");
    }
}


#[test]
fn every_bad_input_is_dropped_counted_and_touches_no_other_qp() {
    let mut nic = ConnectorModel::new(2, 100);
    nic.add_qp(3, 1, 0);
    nic.add_qp(4, 0, 1);
    // Unknown QP: dropped, and QP 3's table is untouched.
    assert!(nic.from_host(HostIn::Send { qp: 9, data: read_capsule(1) }).links.is_empty());
    assert!(nic.qps[&3].outstanding.is_empty() && nic.counters.unknown_qp == 1);
    // A capsule shorter than an SQE, or with an SGL type we do not take.
    assert!(nic.from_host(HostIn::Send { qp: 3, data: vec![0; 20] }).links.is_empty());
    let mut bad = read_capsule(2);
    bad[39] = 0x30;
    assert!(nic.from_host(HostIn::Send { qp: 3, data: bad }).links.is_empty());
    assert_eq!(nic.counters.malformed_capsule, 2);
    // A good command goes to the bound controller through the QP's connector, in slot 0 (the
    // lowest free): the controller knows CID 7 as CID 0 (the slot under the bits above the slots).
    let sent = nic.from_host(HostIn::Send { qp: 3, data: read_capsule(7) }).links;
    assert_eq!((sent.len(), sent[0].0), (1, (0, 1)));
    assert_eq!((Sqe::decode(&sent[0].1.payload).unwrap().cid, sent[0].1.header.tag), (0, 0));
    // Slots are keyed by the whole CID: CID 15 shares CID 7's low bits and takes slot 1, so its
    // controller knows it as CID 8 | 1.
    let sent = nic.from_host(HostIn::Send { qp: 3, data: read_capsule(15) }).links;
    assert_eq!((Sqe::decode(&sent[0].1.payload).unwrap().cid, sent[0].1.header.tag), (9, 9));
    // Six more fill the QP's eight slots; a ninth finds none free (a host that overran its queue).
    for cid in 100..106 {
        assert_eq!(nic.from_host(HostIn::Send { qp: 3, data: read_capsule(cid) }).links.len(), 1);
    }
    assert!(nic.from_host(HostIn::Send { qp: 3, data: read_capsule(200) }).links.is_empty());
    assert_eq!(nic.counters.slots_full, 1);
    // WQEs: unknown QP (or not this connector's), from the wrong controller, malformed, CQE for a CID not outstanding.
    assert!(nic.from_controller(0, (0, 1), cqe_wqe(9, 7)).host.is_empty());
    assert!(nic.from_controller(0, (1, 1), cqe_wqe(3, 7)).host.is_empty());
    assert!(nic.from_controller(0, (0, 0), cqe_wqe(3, 7)).host.is_empty());
    assert!(nic.from_controller(0, (0, 1), Message::new(MessageType::Wqe, 3, 0, vec![0x77; 24])).host.is_empty());
    assert!(nic.from_controller(0, (0, 1), cqe_wqe(3, 8)).host.is_empty());
    let c = &nic.counters;
    assert_eq!((c.wqe_unknown_qp, c.wrong_link, c.wqe_malformed, c.cqe_unknown_cid), (2, 1, 1, 1), "{c:?}");
    // The real completion (the controller's CID 0) is delivered once, as CID 7's; a second copy
    // is dropped.
    let host = nic.from_controller(0, (0, 1), cqe_wqe(3, 0)).host;
    let [HostOp::Send { qp: 3, data, .. }] = &host[..] else { panic!("one SEND: {host:?}") };
    assert_eq!(Cqe::decode(data).unwrap().cid, 7);
    assert!(nic.from_controller(0, (0, 1), cqe_wqe(3, 0)).host.is_empty());
    assert_eq!(nic.counters.cqe_unknown_cid, 2);
    // CID 9's completion reaches the host as CID 15's.
    let host = nic.from_controller(0, (0, 1), cqe_wqe(3, 9)).host;
    let [HostOp::Send { data, .. }] = &host[..] else { panic!("one SEND: {host:?}") };
    assert_eq!(Cqe::decode(data).unwrap().cid, 15);
    assert_eq!(nic.qps[&3].sq_head, 1);
    // READ_DATA for a read that was never asked.
    assert!(nic.from_host(HostIn::ReadResponse { qp: 3, read: 99, data: vec![1] }).links.is_empty());
    assert_eq!(nic.counters.read_data_unknown, 1);
}

#[test]
fn controllers_answer_errors_with_proper_nvme_status() {
    let mut fabric = Fabric::new(FabricConfig { seed: 9, io_queues: 1, commands: 0, ..Default::default() });
    fabric.run(100_000).unwrap(); // connects only
    let outcome = |fabric: &mut Fabric, sqe: Sqe, data: Vec<u8>| -> Cqe {
        let mut capsule = sqe.encode().to_vec();
        capsule.extend_from_slice(&data);
        let links = fabric.nic.from_host(HostIn::Send { qp: 1, data: capsule }).links;
        let ((controller, connector), message) = links.into_iter().next().unwrap();
        let mut rng = nic_sim::stimulus::rng(1);
        fabric.controllers[controller].receive(0, connector, message, &mut rng);
        let mut out = vec![];
        for t in 0..200 {
            out.extend(fabric.controllers[controller].tick(t, &mut fabric.namespace));
        }
        let message = out.into_iter().map(|(_, m)| m).filter(|m| m.header.kind == MessageType::Wqe).last().unwrap();
        let ops = fabric.nic.from_controller(0, (controller, connector), message).host;
        let [HostOp::Send { data, .. }] = &ops[..] else { panic!("{ops:?}") };
        Cqe::decode(data).unwrap()
    };
    let keyed = Sgl::Keyed { address: 0x1000, length: 512, key: 1, invalidate: false };
    let read = Sqe { opcode: capsule::OPCODE_READ, cid: 100, nsid: 1, sgl: keyed, slba: 1 << 40, nlb_minus_one: 0, fctype: 0, qid: 0 };
    assert_eq!(outcome(&mut fabric, read, vec![]).status, Status::LBA_OUT_OF_RANGE);
    let unknown = Sqe { opcode: 0x55, cid: 101, ..read };
    assert_eq!(outcome(&mut fabric, unknown, vec![]).status, Status::INVALID_OPCODE);
    let wrong_ns = Sqe { nsid: 7, cid: 102, slba: 0, ..read };
    assert_eq!(outcome(&mut fabric, wrong_ns, vec![]).status, Status::INVALID_NAMESPACE);
    let connect = Sqe { opcode: capsule::OPCODE_FABRICS, cid: 103, nsid: 0, sgl: Sgl::InCapsule { offset: 0, length: 1024 }, slba: 0, nlb_minus_one: 0, fctype: capsule::FCTYPE_CONNECT, qid: 3 };
    let cqe = outcome(&mut fabric, connect, capsule::connect_data(0x0042));
    assert_eq!((cqe.status, cqe.dnr), (Status::CONNECT_INVALID_PARAMETERS, true), "an I/O queue must reuse the admin queue's controller ID");
}
