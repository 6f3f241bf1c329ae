//! The simulated NIC as an Ethernet station (`nic_sim::nvme::station`, what `nicctl sim nic`
//! runs), driven frame by frame by a hand-made host: ARP, the RDMA-CM exchange setting a QP of
//! the verilated core up, capsules delivered and acknowledged, and a capsule whose command slot
//! is still taken answered with an RNR NAK instead of being acknowledged and dropped. The
//! whole-Linux scenario is `tests/interop.rs`.

use nic_sim::models::rx_parser::{parse, ParserConfig};
use nic_sim::models::tx_builder::{frame, TxDescriptor};
use nic_sim::nvme::rdma_cm::{gsi_frame, mad, Connection, Endpoint, ATTR_RTU};
use nic_sim::nvme::nic_core_rtl::{MTU_SHIFT, NIC_QPN_BASE};
use nic_sim::nvme::scenarios::read_capsule;
use nic_sim::nvme::station::Station;
use nic_hdl::roce::rc::{SYNDROME_ACK, SYNDROME_RNR};

const NIC_MAC: u64 = 0x02_4e_49_43_00_01;
const NIC_IP: u32 = 0x0a00_0002;
const HOST_MAC: u64 = 0x52_54_00_12_34_56;
const HOST_IP: u32 = 0x0a00_0001;
const HOST_QPN: u32 = 0x11;
/// What the NIC sends first (the REQ's starting PSN).
const NIC_FIRST_PSN: u32 = 0x00_0abc;

fn station() -> Station {
    Station::new(NIC_MAC, NIC_IP, 1 << 12, 1)
}

/// Steps until `n` frames came out (or panics after a bound).
fn frames_out(s: &mut Station, n: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for _ in 0..20_000 {
        out.extend(s.step());
        if out.len() >= n {
            return out;
        }
    }
    panic!("only {} of {n} frames came out: {:?}", out.len(), s.counters());
}

/// Connects queue 1 through the CM: REQ, REP, RTU. Returns the first PSN the host sends.
fn connect(s: &mut Station) -> u32 {
    let connection = Connection {
        host: Endpoint { mac: HOST_MAC, ip: HOST_IP, qpn: HOST_QPN, psn: 0 },
        nic: Endpoint { mac: NIC_MAC, ip: NIC_IP, qpn: NIC_QPN_BASE, psn: NIC_FIRST_PSN },
        qid: 1,
        depth: 32,
        mtu_code: MTU_SHIFT as u8 + 1,
    };
    let [(_, request), ..] = connection.frames();
    s.receive(request);
    let reply = frames_out(s, 1).remove(0);
    let parsed = parse(&reply, false, &ParserConfig { pkey: 0xFFFF, path_mtu: 4096 });
    assert_eq!((parsed.verdict, parsed.descriptor.dest_qp), (0, 1), "a UD frame to the host's QP 1");
    let payload = parsed.payload_bytes();
    assert_eq!(u16::from_be_bytes([payload[16], payload[17]]), 0x0013, "a ConnectReply");
    // ReadyToUse names both ends' communication IDs (the REP's local and remote ones).
    let (nic_comm, host_comm) = (&payload[24..28], &payload[28..32]);
    let rtu = mad(1, ATTR_RTU, &[(0, host_comm), (4, nic_comm)]);
    s.receive(gsi_frame(&connection.host, &connection.nic, &rtu));
    // The REP's starting PSN (CM message byte 20, after the 24-byte MAD header).
    u32::from_be_bytes([0, payload[44], payload[45], payload[46]])
}

fn send(s: &mut Station, psn: u32, capsule: &[u8]) {
    let desc = TxDescriptor {
        dst_mac: NIC_MAC,
        src_mac: HOST_MAC,
        src_ip: HOST_IP,
        dst_ip: NIC_IP,
        udp_src_port: 0xD000,
        opcode: 0x04,
        pkey: 0xFFFF,
        dest_qp: NIC_QPN_BASE,
        psn,
        ack_req: true,
        payload_length: capsule.len(),
        ..Default::default()
    };
    s.receive(frame(&desc, capsule, false));
}

/// The AETH syndrome and PSN of an ACK or NAK.
fn acknowledgement(bytes: &[u8]) -> (u8, u32) {
    let d = parse(bytes, false, &ParserConfig { pkey: 0xFFFF, path_mtu: 1024 }).descriptor;
    assert_eq!((d.opcode, d.dest_qp), (0x11, HOST_QPN as u64), "an ACK to the host's QP");
    (d.aeth_syndrome as u8, d.psn as u32)
}

#[test]
fn arp_and_strangers_on_the_wire() {
    let mut s = station();
    let mut request = vec![0xFF; 6];
    request.extend_from_slice(&HOST_MAC.to_be_bytes()[2..]);
    request.extend_from_slice(&[0x08, 0x06, 0, 1, 8, 0, 6, 4, 0, 1]);
    request.extend_from_slice(&HOST_MAC.to_be_bytes()[2..]);
    request.extend_from_slice(&HOST_IP.to_be_bytes());
    request.extend_from_slice(&[0; 6]);
    request.extend_from_slice(&NIC_IP.to_be_bytes());
    s.receive(request.clone());
    let reply = frames_out(&mut s, 1).remove(0);
    assert_eq!(&reply[0..6], &HOST_MAC.to_be_bytes()[2..], "to the asker");
    assert_eq!((&reply[12..14], &reply[20..22]), (&[8u8, 6][..], &[0u8, 2][..]), "an ARP reply");
    assert_eq!(&reply[22..28], &NIC_MAC.to_be_bytes()[2..], "the NIC's MAC");
    assert_eq!(&reply[28..32], &NIC_IP.to_be_bytes());
    // ARP for another address, a runt, IPv6: not the NIC's, counted, unanswered.
    request[41] ^= 1;
    s.receive(request);
    s.receive(vec![0; 10]);
    let mut ipv6 = vec![0u8; 60];
    ipv6[12..14].copy_from_slice(&[0x86, 0xDD]);
    s.receive(ipv6);
    assert!(frames_out_within(&mut s, 2000).is_empty());
    let c = s.counters();
    assert_eq!((c["arp_requests_answered"], c["not_for_nic"], c["frames_in"]), (1, 3, 4), "{c:?}");
}

fn frames_out_within(s: &mut Station, steps: usize) -> Vec<Vec<u8>> {
    (0..steps).flat_map(|_| s.step()).collect()
}

#[test]
fn a_connected_queue_takes_any_cids_and_a_full_queue_gets_an_rnr_nak() {
    let mut s = station();
    let mut psn = connect(&mut s);
    let slots = 1usize << nic_hdl::sizes::sim_core::SLOT_BITS;
    // Controller A hangs: commands stay outstanding, their slots taken.
    s.controllers[0].silent = true;
    // CIDs sharing their low bits (a host that does not use Linux's tags) take a slot each.
    let cids: Vec<u16> = (0..slots as u16 - 1).map(|i| 0x1005 + (i << 8)).collect();
    for cid in &cids {
        send(&mut s, psn, &read_capsule(*cid));
        let ack = frames_out(&mut s, 1);
        assert_eq!(acknowledgement(&ack[0]), (SYNDROME_ACK, psn), "capsule {cid:#x} is acknowledged");
        psn = (psn + 1) & 0xFF_FFFF;
    }
    // One slot left and two capsules back to back: the second finds no slot — an RNR NAK, never
    // an ACK and a drop.
    send(&mut s, psn, &read_capsule(0x0777));
    send(&mut s, (psn + 1) & 0xFF_FFFF, &read_capsule(0x0778));
    let answers = frames_out(&mut s, 2);
    assert_eq!(acknowledgement(&answers[0]), (SYNDROME_ACK, psn), "the last free slot is taken");
    let next = (psn + 1) & 0xFF_FFFF;
    let (syndrome, nak_psn) = acknowledgement(&answers[1]);
    assert_eq!((syndrome >> 5, nak_psn), (SYNDROME_RNR >> 5, next), "an RNR NAK for the capsule too many (syndrome {syndrome:#x})");
    // The host retries after its RNR timer: still full, still refused before any ACK.
    send(&mut s, next, &read_capsule(0x0778));
    let (syndrome, nak_psn) = acknowledgement(&frames_out(&mut s, 1)[0]);
    assert_eq!((syndrome >> 5, nak_psn), (SYNDROME_RNR >> 5, next));
    let c = s.counters();
    assert_eq!(c["responder_receiver_not_ready"], 2, "{c:?}");
    assert_eq!(c["connector_slots_full"], 0, "nothing acknowledged and then refused: {c:?}");
    assert_eq!(c["connector_commands_forwarded"], slots as u64, "{c:?}");
    assert_eq!((c["cm_connect_replies"], c["cm_ready_to_use"], c["connections_established"]), (1, 1, 1), "{c:?}");
}
