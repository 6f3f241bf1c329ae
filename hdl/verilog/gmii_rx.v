// gmii_rx: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module gmii_rx(clock,reset,gmii_rxd,gmii_rx_dv,gmii_rx_er,m_axis_tdata,m_axis_tvalid,m_axis_tlast,m_axis_tuser,frames,phy_errors,runts,oversize,fcs_errors,framing_errors);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] gmii_rxd;
    input wire  gmii_rx_dv;
    input wire  gmii_rx_er;
    output reg  [7:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    output reg  m_axis_tlast;
    output reg  m_axis_tuser;
    output reg  [31:0] frames;
    output reg  [31:0] phy_errors;
    output reg  [31:0] runts;
    output reg  [31:0] oversize;
    output reg  [31:0] fcs_errors;
    output reg  [31:0] framing_errors;
    
    // Constant declarations
    localparam  preamble = 8'h55;
    localparam  start_of_frame = 8'hd5;
    localparam  polynomial = 32'hedb88320;
    localparam  crc_initial = 32'hffffffff;
    localparam  fcs_residue = 32'hdebb20e3;
    localparam  held_full = 16'h5;
    localparam  min_frame_bytes = 16'h40;
    localparam  max_frame_bytes = 16'h5f2;
    localparam  length_saturated = 16'hffff;
    localparam  none = 16'h0;
    localparam  one = 16'h1;
    localparam  byte_shift = 40'h8;
    localparam  newest_byte_shift = 40'h20;
    localparam  count_one = 32'h1;
    localparam  count_zero = 32'h0;
    
    // Enums
    localparam RxStep$Idle = 0;
    localparam RxStep$Preamble = 1;
    localparam RxStep$Data = 2;
    localparam RxStep$Discard = 3;
    
    // Stub signals
    reg  [7:0] rxd$d;
    wire  [7:0] rxd$q;
    reg  rxd$clock;
    reg  rx_dv$d;
    wire  rx_dv$q;
    reg  rx_dv$clock;
    reg  rx_er$d;
    wire  rx_er$q;
    reg  rx_er$clock;
    reg  [1:0] step$d;
    wire  [1:0] step$q;
    reg  step$clock;
    reg  [39:0] held$d;
    wire  [39:0] held$q;
    reg  held$clock;
    reg  [15:0] held_count$d;
    wire  [15:0] held_count$q;
    reg  held_count$clock;
    reg  [15:0] length$d;
    wire  [15:0] length$q;
    reg  length$clock;
    reg  [31:0] crc$d;
    wire  [31:0] crc$q;
    reg  crc$clock;
    reg  errored$d;
    wire  errored$q;
    reg  errored$clock;
    reg  [7:0] out_data$d;
    wire  [7:0] out_data$q;
    reg  out_data$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    reg  out_good$d;
    wire  out_good$q;
    reg  out_good$clock;
    reg  [31:0] good_frames$d;
    wire  [31:0] good_frames$q;
    reg  good_frames$clock;
    reg  [31:0] phy_error_frames$d;
    wire  [31:0] phy_error_frames$q;
    reg  phy_error_frames$clock;
    reg  [31:0] runt_frames$d;
    wire  [31:0] runt_frames$q;
    reg  runt_frames$clock;
    reg  [31:0] oversize_frames$d;
    wire  [31:0] oversize_frames$q;
    reg  oversize_frames$clock;
    reg  [31:0] fcs_error_frames$d;
    wire  [31:0] fcs_error_frames$q;
    reg  fcs_error_frames$clock;
    reg  [31:0] framing_error_bursts$d;
    wire  [31:0] framing_error_bursts$q;
    reg  framing_error_bursts$clock;
    reg  good_frame_seen$d;
    wire  good_frame_seen$q;
    reg  good_frame_seen$clock;
    reg  phy_error_seen$d;
    wire  phy_error_seen$q;
    reg  phy_error_seen$clock;
    reg  runt_seen$d;
    wire  runt_seen$q;
    reg  runt_seen$clock;
    reg  oversize_seen$d;
    wire  oversize_seen$q;
    reg  oversize_seen$clock;
    reg  fcs_error_seen$d;
    wire  fcs_error_seen$q;
    reg  fcs_error_seen$clock;
    reg  framing_error_seen$d;
    wire  framing_error_seen$q;
    reg  framing_error_seen$clock;
    
    // Local signals
    reg  [31:0] crc_next;
    
    // Sub module instances
    gmii_rx$rxd rxd(
        .d(rxd$d),
        .q(rxd$q),
        .clock(rxd$clock)
    );
    gmii_rx$rx_dv rx_dv(
        .d(rx_dv$d),
        .q(rx_dv$q),
        .clock(rx_dv$clock)
    );
    gmii_rx$rx_er rx_er(
        .d(rx_er$d),
        .q(rx_er$q),
        .clock(rx_er$clock)
    );
    gmii_rx$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    gmii_rx$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    gmii_rx$held_count held_count(
        .d(held_count$d),
        .q(held_count$q),
        .clock(held_count$clock)
    );
    gmii_rx$length length(
        .d(length$d),
        .q(length$q),
        .clock(length$clock)
    );
    gmii_rx$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    gmii_rx$errored errored(
        .d(errored$d),
        .q(errored$q),
        .clock(errored$clock)
    );
    gmii_rx$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    gmii_rx$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    gmii_rx$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    gmii_rx$out_good out_good(
        .d(out_good$d),
        .q(out_good$q),
        .clock(out_good$clock)
    );
    gmii_rx$good_frames good_frames(
        .d(good_frames$d),
        .q(good_frames$q),
        .clock(good_frames$clock)
    );
    gmii_rx$phy_error_frames phy_error_frames(
        .d(phy_error_frames$d),
        .q(phy_error_frames$q),
        .clock(phy_error_frames$clock)
    );
    gmii_rx$runt_frames runt_frames(
        .d(runt_frames$d),
        .q(runt_frames$q),
        .clock(runt_frames$clock)
    );
    gmii_rx$oversize_frames oversize_frames(
        .d(oversize_frames$d),
        .q(oversize_frames$q),
        .clock(oversize_frames$clock)
    );
    gmii_rx$fcs_error_frames fcs_error_frames(
        .d(fcs_error_frames$d),
        .q(fcs_error_frames$q),
        .clock(fcs_error_frames$clock)
    );
    gmii_rx$framing_error_bursts framing_error_bursts(
        .d(framing_error_bursts$d),
        .q(framing_error_bursts$q),
        .clock(framing_error_bursts$clock)
    );
    gmii_rx$good_frame_seen good_frame_seen(
        .d(good_frame_seen$d),
        .q(good_frame_seen$q),
        .clock(good_frame_seen$clock)
    );
    gmii_rx$phy_error_seen phy_error_seen(
        .d(phy_error_seen$d),
        .q(phy_error_seen$q),
        .clock(phy_error_seen$clock)
    );
    gmii_rx$runt_seen runt_seen(
        .d(runt_seen$d),
        .q(runt_seen$q),
        .clock(runt_seen$clock)
    );
    gmii_rx$oversize_seen oversize_seen(
        .d(oversize_seen$d),
        .q(oversize_seen$q),
        .clock(oversize_seen$clock)
    );
    gmii_rx$fcs_error_seen fcs_error_seen(
        .d(fcs_error_seen$d),
        .q(fcs_error_seen$q),
        .clock(fcs_error_seen$clock)
    );
    gmii_rx$framing_error_seen framing_error_seen(
        .d(framing_error_seen$d),
        .q(framing_error_seen$q),
        .clock(framing_error_seen$clock)
    );
    
    // Update code
    always @(*) begin
        rxd$clock = clock;
        rx_dv$clock = clock;
        rx_er$clock = clock;
        step$clock = clock;
        held$clock = clock;
        held_count$clock = clock;
        length$clock = clock;
        crc$clock = clock;
        errored$clock = clock;
        out_data$clock = clock;
        out_valid$clock = clock;
        out_last$clock = clock;
        out_good$clock = clock;
        good_frames$clock = clock;
        phy_error_frames$clock = clock;
        runt_frames$clock = clock;
        oversize_frames$clock = clock;
        fcs_error_frames$clock = clock;
        framing_error_bursts$clock = clock;
        good_frame_seen$clock = clock;
        phy_error_seen$clock = clock;
        runt_seen$clock = clock;
        oversize_seen$clock = clock;
        fcs_error_seen$clock = clock;
        framing_error_seen$clock = clock;
        rxd$d = rxd$q;
        rx_dv$d = rx_dv$q;
        rx_er$d = rx_er$q;
        step$d = step$q;
        held$d = held$q;
        held_count$d = held_count$q;
        length$d = length$q;
        crc$d = crc$q;
        errored$d = errored$q;
        out_data$d = out_data$q;
        out_valid$d = out_valid$q;
        out_last$d = out_last$q;
        out_good$d = out_good$q;
        good_frames$d = good_frames$q;
        phy_error_frames$d = phy_error_frames$q;
        runt_frames$d = runt_frames$q;
        oversize_frames$d = oversize_frames$q;
        fcs_error_frames$d = fcs_error_frames$q;
        framing_error_bursts$d = framing_error_bursts$q;
        good_frame_seen$d = good_frame_seen$q;
        phy_error_seen$d = phy_error_seen$q;
        runt_seen$d = runt_seen$q;
        oversize_seen$d = oversize_seen$q;
        fcs_error_seen$d = fcs_error_seen$q;
        framing_error_seen$d = framing_error_seen$q;
        rxd$d = gmii_rxd;
        rx_dv$d = gmii_rx_dv;
        rx_er$d = gmii_rx_er;
        m_axis_tdata = out_data$q;
        m_axis_tvalid = out_valid$q;
        m_axis_tlast = out_last$q;
        m_axis_tuser = out_good$q;
        frames = good_frames$q;
        phy_errors = phy_error_frames$q;
        runts = runt_frames$q;
        oversize = oversize_frames$q;
        fcs_errors = fcs_error_frames$q;
        framing_errors = framing_error_bursts$q;
        out_valid$d = 1'b0;
        out_last$d = 1'b0;
        out_good$d = 1'b0;
        good_frame_seen$d = 1'b0;
        phy_error_seen$d = 1'b0;
        runt_seen$d = 1'b0;
        oversize_seen$d = 1'b0;
        fcs_error_seen$d = 1'b0;
        framing_error_seen$d = 1'b0;
        out_data$d = held$q[(32'h0)+:(8)];
        crc_next = crc$q ^ ((rxd$q) & 32'hffffffff);
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        if (crc_next[32'h0]) begin
            crc_next = (crc_next >> 32'h1) ^ polynomial;
        end
        else begin
            crc_next = crc_next >> 32'h1;
        end
        case (step$q)
            RxStep$Idle:
                begin
                    if (rx_dv$q) begin
                        if (rxd$q == preamble) begin
                            step$d = RxStep$Preamble;
                        end
                        else if (rxd$q == start_of_frame) begin
                            step$d = RxStep$Data;
                        end
                        else begin
                            framing_error_seen$d = 1'b1;
                            step$d = RxStep$Discard;
                        end
                    end
                end
            RxStep$Preamble:
                begin
                    if (~rx_dv$q) begin
                        framing_error_seen$d = 1'b1;
                        step$d = RxStep$Idle;
                    end
                    else if (rxd$q == start_of_frame) begin
                        step$d = RxStep$Data;
                    end
                    else if (rxd$q != preamble) begin
                        framing_error_seen$d = 1'b1;
                        step$d = RxStep$Discard;
                    end
                end
            RxStep$Data:
                begin
                    if (rx_dv$q) begin
                        held$d = (held$q >> byte_shift) | (((rxd$q) & 40'hffffffffff) << newest_byte_shift);
                        crc$d = crc_next;
                        errored$d = errored$q | rx_er$q;
                        if (length$q != length_saturated) begin
                            length$d = length$q + one;
                        end
                        if (held_count$q == held_full) begin
                            out_valid$d = 1'b1;
                        end
                        else begin
                            held_count$d = held_count$q + one;
                        end
                    end
                    else begin
                        step$d = RxStep$Idle;
                        out_valid$d = held_count$q == held_full;
                        out_last$d = held_count$q == held_full;
                        if (errored$q) begin
                            phy_error_seen$d = 1'b1;
                        end
                        else if (length$q < min_frame_bytes) begin
                            runt_seen$d = 1'b1;
                        end
                        else if (length$q > max_frame_bytes) begin
                            oversize_seen$d = 1'b1;
                        end
                        else if (crc$q != fcs_residue) begin
                            fcs_error_seen$d = 1'b1;
                        end
                        else begin
                            good_frame_seen$d = 1'b1;
                            out_good$d = 1'b1;
                        end
                    end
                end
            default:
                begin
                    if (~rx_dv$q) begin
                        step$d = RxStep$Idle;
                    end
                end
        endcase
        if (step$q != RxStep$Data) begin
            held_count$d = none;
            length$d = none;
            crc$d = crc_initial;
            errored$d = 1'b0;
        end
        if (good_frame_seen$q) begin
            good_frames$d = good_frames$q + count_one;
        end
        if (phy_error_seen$q) begin
            phy_error_frames$d = phy_error_frames$q + count_one;
        end
        if (runt_seen$q) begin
            runt_frames$d = runt_frames$q + count_one;
        end
        if (oversize_seen$q) begin
            oversize_frames$d = oversize_frames$q + count_one;
        end
        if (fcs_error_seen$q) begin
            fcs_error_frames$d = fcs_error_frames$q + count_one;
        end
        if (framing_error_seen$q) begin
            framing_error_bursts$d = framing_error_bursts$q + count_one;
        end
        if (reset) begin
            step$d = RxStep$Idle;
            good_frame_seen$d = 1'b0;
            phy_error_seen$d = 1'b0;
            runt_seen$d = 1'b0;
            oversize_seen$d = 1'b0;
            fcs_error_seen$d = 1'b0;
            framing_error_seen$d = 1'b0;
            rx_dv$d = 1'b0;
            out_valid$d = 1'b0;
            good_frames$d = count_zero;
            phy_error_frames$d = count_zero;
            runt_frames$d = count_zero;
            oversize_frames$d = count_zero;
            fcs_error_frames$d = count_zero;
            framing_error_bursts$d = count_zero;
        end
    end
    
endmodule // gmii_rx


module gmii_rx$crc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$crc


module gmii_rx$errored(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$errored


module gmii_rx$fcs_error_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$fcs_error_frames


module gmii_rx$fcs_error_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$fcs_error_seen


module gmii_rx$framing_error_bursts(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$framing_error_bursts


module gmii_rx$framing_error_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$framing_error_seen


module gmii_rx$good_frame_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$good_frame_seen


module gmii_rx$good_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$good_frames


module gmii_rx$held(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$held


module gmii_rx$held_count(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$held_count


module gmii_rx$length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$length


module gmii_rx$out_data(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$out_data


module gmii_rx$out_good(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$out_good


module gmii_rx$out_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$out_last


module gmii_rx$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$out_valid


module gmii_rx$oversize_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$oversize_frames


module gmii_rx$oversize_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$oversize_seen


module gmii_rx$phy_error_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$phy_error_frames


module gmii_rx$phy_error_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$phy_error_seen


module gmii_rx$runt_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$runt_frames


module gmii_rx$runt_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$runt_seen


module gmii_rx$rx_dv(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$rx_dv


module gmii_rx$rx_er(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$rx_er


module gmii_rx$rxd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$rxd


module gmii_rx$step(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam RxStep$Idle = 0;
    localparam RxStep$Preamble = 1;
    localparam RxStep$Data = 2;
    localparam RxStep$Discard = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_rx$step
