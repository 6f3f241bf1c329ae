//! RGMII at the pins (issue 27) in Verilator, with the behavioural models of the ECP5 DDR
//! registers, against the RGMII model: every GMII byte time sent leaves as its two half-cycles
//! (and TXC high then low), and every pair of half-cycles received comes out as its GMII byte
//! time, a fixed two cycles later — data, enable and error in all combinations.

use nic_sim::models::rgmii::{decode, encode, HalfCycle, RX_LATENCY_CYCLES};
use nic_sim::stimulus::{rng, seeds};
use nic_sim::verilated::Rgmii;
use rand::Rng;

#[test]
fn every_gmii_byte_time_sent_leaves_as_its_two_half_cycles() {
    for seed in seeds(&[21, 22]) {
        let mut rng = rng(seed);
        let mut dut = Rgmii::new();
        for cycle in 0..5_000 {
            let (byte, enable, error) = (rng.gen::<u8>(), rng.gen_bool(0.7), rng.gen_bool(0.1));
            dut.set_gmii_txd(byte as u64);
            dut.set_gmii_tx_en(enable as u64);
            dut.set_gmii_tx_er(error as u64);
            dut.eval();
            let mut halves: [HalfCycle; 2] = [(0, false); 2];
            for (half, level) in [(0, 1), (1, 0)] {
                dut.set_tx_clock(level);
                dut.eval();
                assert_eq!(dut.rgmii_txc(), level, "seed {seed} (replay with NIC_SEED={seed}), cycle {cycle}: TXC");
                halves[half] = (dut.rgmii_txd() as u8, dut.rgmii_tx_ctl() != 0);
            }
            assert_eq!(decode(halves), (byte, enable, error), "seed {seed}, cycle {cycle}: {halves:?}");
            assert_eq!(halves, encode(byte, enable, error), "seed {seed}, cycle {cycle}");
        }
    }
}

#[test]
fn every_pair_of_half_cycles_received_comes_out_as_its_gmii_byte_time() {
    for seed in seeds(&[23, 24]) {
        let mut rng = rng(seed);
        let mut dut = Rgmii::new();
        let mut sent = Vec::new();
        for cycle in 0..5_000 {
            let symbol = (rng.gen::<u8>(), rng.gen_bool(0.7), rng.gen_bool(0.1));
            let halves = encode(symbol.0, symbol.1, symbol.2);
            sent.push(symbol);
            // Each half's pins settle before its edge: the low nibble before the rising edge,
            // the high nibble before the falling one.
            for (half, level) in [(0, 1), (1, 0)] {
                dut.set_rgmii_rxd(halves[half].0 as u64);
                dut.set_rgmii_rx_ctl(halves[half].1 as u64);
                dut.eval();
                dut.set_rgmii_rxc(level);
                dut.eval();
                if level == 1 && cycle >= RX_LATENCY_CYCLES {
                    let got = (dut.gmii_rxd() as u8, dut.gmii_rx_dv() != 0, dut.gmii_rx_er() != 0);
                    assert_eq!(got, sent[cycle - RX_LATENCY_CYCLES], "seed {seed} (replay with NIC_SEED={seed}), cycle {cycle}");
                }
            }
        }
    }
}
