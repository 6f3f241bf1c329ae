//! The Verilator bridge itself: life cycle, several models, threads, wide ports, wave files.

use nic_sim::verilated::{AxisSkidBuffer, WideSkidBuffer};

fn push_one(dut: &mut AxisSkidBuffer, tdata: u64) -> u64 {
    dut.set_reset(1);
    dut.cycle();
    dut.set_reset(0);
    dut.set_m_axis_tready(1);
    dut.set_s_axis_tvalid(1);
    dut.set_s_axis_tdata(tdata);
    dut.cycle();
    dut.set_s_axis_tvalid(0);
    dut.eval();
    dut.m_axis_tdata()
}

#[test]
fn two_models_in_one_process_are_independent() {
    let (mut a, mut b) = (AxisSkidBuffer::new(), AxisSkidBuffer::new());
    assert_eq!(push_one(&mut a, 0xdead_beef_0000_0001), 0xdead_beef_0000_0001);
    assert_eq!(push_one(&mut b, 0x1234_5678_9abc_def0), 0x1234_5678_9abc_def0);
    assert_eq!(a.m_axis_tdata(), 0xdead_beef_0000_0001);
}

#[test]
fn a_model_can_move_to_another_thread() {
    let mut dut = AxisSkidBuffer::new();
    push_one(&mut dut, 42);
    let got = std::thread::spawn(move || {
        dut.cycle();
        dut.m_axis_tdata()
    })
    .join()
    .unwrap();
    assert_eq!(got, 42);
}

#[test]
fn narrow_inputs_drop_bits_above_their_width() {
    let mut dut = AxisSkidBuffer::new();
    dut.set_s_axis_tkeep(0x1ff);
    assert_eq!(dut.s_axis_tkeep(), 0xff);
}

#[test]
fn ports_wider_than_64_bits_round_trip_and_mask_the_top_word() {
    let mut dut = WideSkidBuffer::new();
    let words: [u32; 7] = [0x0123_4567, 0x89ab_cdef, 0xdead_beef, 0xfeed_f00d, 0x1111_2222, 0x3333_4444, 0xffff_ffff];
    dut.set_reset(1);
    dut.cycle();
    dut.set_reset(0);
    dut.set_in_data(&words);
    dut.set_in_valid(1);
    dut.set_out_ready(1);
    dut.cycle();
    let mut expected = words;
    expected[6] &= 0xff; // 200 bits = 6 words + 8 bits
    assert_eq!(dut.in_data(), expected);
    assert_eq!(dut.out_data(), expected);
    assert_eq!(dut.out_valid(), 1);
}

#[test]
fn trace_writes_a_vcd_with_the_port_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("skid.vcd");
    {
        let mut dut = AxisSkidBuffer::new();
        dut.trace_to(&path).unwrap();
        push_one(&mut dut, 7);
        dut.cycle();
        assert_eq!(dut.time(), 6);
    }
    let vcd = std::fs::read_to_string(&path).unwrap();
    assert!(vcd.contains("$enddefinitions"), "not a VCD");
    for port in ["m_axis_tdata", "s_axis_tready", "clock"] {
        assert!(vcd.contains(port), "{port} missing from the wave file");
    }
    assert!(vcd.contains("#5"), "time stamps missing");
}

#[test]
fn trace_to_an_unwritable_path_is_an_error() {
    let mut dut = AxisSkidBuffer::new();
    assert!(dut.trace_to(std::path::Path::new("/nonexistent-dir/x.vcd")).is_err());
}
