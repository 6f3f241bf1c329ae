// gmii_tx: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module gmii_tx(clock,reset,s_axis_tdata,s_axis_tlast,s_axis_tvalid,s_axis_tready,gmii_txd,gmii_tx_en,gmii_tx_er,frames,underruns);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] s_axis_tdata;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    output reg  [7:0] gmii_txd;
    output reg  gmii_tx_en;
    output reg  gmii_tx_er;
    output reg  [31:0] frames;
    output reg  [31:0] underruns;
    
    // Constant declarations
    localparam  preamble = 8'h55;
    localparam  start_of_frame = 8'hd5;
    localparam  polynomial = 32'hedb88320;
    localparam  crc_initial = 32'hffffffff;
    localparam  last_preamble_byte = 8'h6;
    localparam  last_short_byte = 8'h3a;
    localparam  last_padded_byte = 8'h3b;
    localparam  last_fcs_byte = 8'h3;
    localparam  last_gap_byte = 8'ha;
    localparam  no_byte = 8'h0;
    localparam  count_start = 8'h0;
    localparam  count_step = 8'h1;
    localparam  counter_start = 32'h0;
    localparam  counter_step = 32'h1;
    
    // Enums
    localparam TxStep$Idle = 0;
    localparam TxStep$Preamble = 1;
    localparam TxStep$StartOfFrame = 2;
    localparam TxStep$Data = 3;
    localparam TxStep$Pad = 4;
    localparam TxStep$Fcs = 5;
    localparam TxStep$Discard = 6;
    localparam TxStep$Gap = 7;
    
    // Stub signals
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  [7:0] count$d;
    wire  [7:0] count$q;
    reg  count$clock;
    reg  short$d;
    wire  short$q;
    reg  short$clock;
    reg  [31:0] crc$d;
    wire  [31:0] crc$q;
    reg  crc$clock;
    reg  crc_pending$d;
    wire  crc_pending$q;
    reg  crc_pending$clock;
    reg  [7:0] txd$d;
    wire  [7:0] txd$q;
    reg  txd$clock;
    reg  tx_en$d;
    wire  tx_en$q;
    reg  tx_en$clock;
    reg  tx_er$d;
    wire  tx_er$q;
    reg  tx_er$clock;
    reg  [31:0] sent$d;
    wire  [31:0] sent$q;
    reg  sent$clock;
    reg  [31:0] aborted$d;
    wire  [31:0] aborted$q;
    reg  aborted$clock;
    reg  frame_sent$d;
    wire  frame_sent$q;
    reg  frame_sent$clock;
    reg  frame_aborted$d;
    wire  frame_aborted$q;
    reg  frame_aborted$clock;
    
    // Local signals
    reg  [31:0] crc_next;
    reg  [31:0] fcs_left;
    
    // Sub module instances
    gmii_tx$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    gmii_tx$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    gmii_tx$short short(
        .d(short$d),
        .q(short$q),
        .clock(short$clock)
    );
    gmii_tx$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    gmii_tx$crc_pending crc_pending(
        .d(crc_pending$d),
        .q(crc_pending$q),
        .clock(crc_pending$clock)
    );
    gmii_tx$txd txd(
        .d(txd$d),
        .q(txd$q),
        .clock(txd$clock)
    );
    gmii_tx$tx_en tx_en(
        .d(tx_en$d),
        .q(tx_en$q),
        .clock(tx_en$clock)
    );
    gmii_tx$tx_er tx_er(
        .d(tx_er$d),
        .q(tx_er$q),
        .clock(tx_er$clock)
    );
    gmii_tx$sent sent(
        .d(sent$d),
        .q(sent$q),
        .clock(sent$clock)
    );
    gmii_tx$aborted aborted(
        .d(aborted$d),
        .q(aborted$q),
        .clock(aborted$clock)
    );
    gmii_tx$frame_sent frame_sent(
        .d(frame_sent$d),
        .q(frame_sent$q),
        .clock(frame_sent$clock)
    );
    gmii_tx$frame_aborted frame_aborted(
        .d(frame_aborted$d),
        .q(frame_aborted$q),
        .clock(frame_aborted$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        count$clock = clock;
        short$clock = clock;
        crc$clock = clock;
        crc_pending$clock = clock;
        txd$clock = clock;
        tx_en$clock = clock;
        tx_er$clock = clock;
        sent$clock = clock;
        aborted$clock = clock;
        frame_sent$clock = clock;
        frame_aborted$clock = clock;
        step$d = step$q;
        count$d = count$q;
        short$d = short$q;
        crc$d = crc$q;
        crc_pending$d = crc_pending$q;
        txd$d = txd$q;
        tx_en$d = tx_en$q;
        tx_er$d = tx_er$q;
        sent$d = sent$q;
        aborted$d = aborted$q;
        frame_sent$d = frame_sent$q;
        frame_aborted$d = frame_aborted$q;
        gmii_txd = txd$q;
        gmii_tx_en = tx_en$q;
        gmii_tx_er = tx_er$q;
        frames = sent$q;
        underruns = aborted$q;
        s_axis_tready = 1'b0;
        tx_en$d = 1'b0;
        tx_er$d = 1'b0;
        txd$d = no_byte;
        frame_sent$d = 1'b0;
        frame_aborted$d = 1'b0;
        if (frame_sent$q) begin
            sent$d = sent$q + counter_step;
        end
        if (frame_aborted$q) begin
            aborted$d = aborted$q + counter_step;
        end
        crc_next = crc$q ^ ((txd$q) & 32'hffffffff);
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
        crc_pending$d = 1'b0;
        fcs_left = crc$q;
        if (crc_pending$q) begin
            crc$d = crc_next;
            fcs_left = crc_next;
        end
        case (step$q)
            TxStep$Idle:
                begin
                    if (s_axis_tvalid) begin
                        step$d = TxStep$Preamble;
                        count$d = count_start;
                    end
                end
            TxStep$Preamble:
                begin
                    tx_en$d = 1'b1;
                    txd$d = preamble;
                    count$d = count$q + count_step;
                    if (count$q == last_preamble_byte) begin
                        step$d = TxStep$StartOfFrame;
                    end
                end
            TxStep$StartOfFrame:
                begin
                    tx_en$d = 1'b1;
                    txd$d = start_of_frame;
                    count$d = count_start;
                    short$d = 1'b1;
                    crc$d = crc_initial;
                    step$d = TxStep$Data;
                end
            TxStep$Data:
                begin
                    tx_en$d = 1'b1;
                    s_axis_tready = 1'b1;
                    if (s_axis_tvalid) begin
                        txd$d = s_axis_tdata;
                        crc_pending$d = 1'b1;
                        if (short$q) begin
                            count$d = count$q + count_step;
                            short$d = count$q != last_short_byte;
                        end
                        else begin
                            count$d = count_start;
                        end
                        if (s_axis_tlast) begin
                            if (short$q) begin
                                step$d = TxStep$Pad;
                            end
                            else begin
                                step$d = TxStep$Fcs;
                            end
                        end
                    end
                    else begin
                        tx_er$d = 1'b1;
                        frame_aborted$d = 1'b1;
                        step$d = TxStep$Discard;
                    end
                end
            TxStep$Pad:
                begin
                    tx_en$d = 1'b1;
                    crc_pending$d = 1'b1;
                    count$d = count$q + count_step;
                    if (count$q == last_padded_byte) begin
                        step$d = TxStep$Fcs;
                        count$d = count_start;
                    end
                end
            TxStep$Fcs:
                begin
                    tx_en$d = 1'b1;
                    txd$d = ~fcs_left[(32'h0)+:(8)];
                    crc$d = fcs_left >> 32'h8;
                    count$d = count$q + count_step;
                    if (count$q == last_fcs_byte) begin
                        frame_sent$d = 1'b1;
                        step$d = TxStep$Gap;
                        count$d = count_start;
                    end
                end
            TxStep$Discard:
                begin
                    s_axis_tready = 1'b1;
                    if (s_axis_tvalid & s_axis_tlast) begin
                        step$d = TxStep$Gap;
                        count$d = count_start;
                    end
                end
            default:
                begin
                    count$d = count$q + count_step;
                    if (count$q == last_gap_byte) begin
                        step$d = TxStep$Idle;
                    end
                end
        endcase
        if (reset) begin
            step$d = TxStep$Idle;
            crc_pending$d = 1'b0;
            tx_en$d = 1'b0;
            tx_er$d = 1'b0;
            frame_sent$d = 1'b0;
            frame_aborted$d = 1'b0;
            sent$d = counter_start;
            aborted$d = counter_start;
        end
    end
    
endmodule // gmii_tx


module gmii_tx$aborted(d,q,clock);
    
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
          
endmodule // gmii_tx$aborted


module gmii_tx$count(d,q,clock);
    
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
          
endmodule // gmii_tx$count


module gmii_tx$crc(d,q,clock);
    
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
          
endmodule // gmii_tx$crc


module gmii_tx$crc_pending(d,q,clock);
    
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
          
endmodule // gmii_tx$crc_pending


module gmii_tx$frame_aborted(d,q,clock);
    
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
          
endmodule // gmii_tx$frame_aborted


module gmii_tx$frame_sent(d,q,clock);
    
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
          
endmodule // gmii_tx$frame_sent


module gmii_tx$sent(d,q,clock);
    
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
          
endmodule // gmii_tx$sent


module gmii_tx$short(d,q,clock);
    
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
          
endmodule // gmii_tx$short


module gmii_tx$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam TxStep$Idle = 0;
    localparam TxStep$Preamble = 1;
    localparam TxStep$StartOfFrame = 2;
    localparam TxStep$Data = 3;
    localparam TxStep$Pad = 4;
    localparam TxStep$Fcs = 5;
    localparam TxStep$Discard = 6;
    localparam TxStep$Gap = 7;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gmii_tx$step


module gmii_tx$tx_en(d,q,clock);
    
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
          
endmodule // gmii_tx$tx_en


module gmii_tx$tx_er(d,q,clock);
    
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
          
endmodule // gmii_tx$tx_er


module gmii_tx$txd(d,q,clock);
    
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
          
endmodule // gmii_tx$txd
