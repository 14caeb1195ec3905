namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// The sample tip-offs' one photo: a small grey picture of a workshop with a smoking chimney, drawn here in 8×8 blocks and
/// written as a baseline JPEG (one flat colour per block, so only DC coefficients), so the sample data needs no image
/// file and shows no real place or person. Like every upload it is re-encoded when stored (EvidenceCleaner), so the
/// sample data shows what staff really receive.
/// </summary>
public static class SamplePhoto
{
    public const string FileName = "示例照片-厂房烟囱.jpg";

    // One character per 8×8 block: '.' sky, '~' smoke, '#' building, '|' chimney, '=' window, '_' ground.
    private static readonly string[] Picture =
    [
        "..~~~...........",
        ".~~~~~..........",
        "..~|~...........",
        "...|............",
        "...|......######",
        "###|######=##=##",
        "#=##=##=##=##=##",
        "################",
        "________________",
    ];

    public static byte[] Jpeg()
    {
        var rows = Picture.Length;
        var cols = Picture[0].Length;
        using var output = new MemoryStream();
        void Bytes(params byte[] b) => output.Write(b);
        void Segment(byte marker, byte[] body)
        {
            Bytes(0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2));
            Bytes(body);
        }

        Bytes(0xFF, 0xD8);
        Segment(0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]); // quantisation table 0: all ones
        Segment(0xC0, [8, (byte)(rows * 8 >> 8), (byte)(rows * 8), (byte)(cols * 8 >> 8), (byte)(cols * 8), 1, 1, 0x11, 0]);
        // DC table: categories 0–11, every code 4 bits long (0000 … 1011). AC table: only end-of-block, code "0".
        Segment(0xC4, [0x00, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        Segment(0xC4, [0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]);
        Segment(0xDA, [1, 1, 0x00, 0, 63, 0]);

        var bits = new BitWriter(output);
        var previous = 0;
        foreach (var line in Picture)
            foreach (var block in line)
            {
                var dc = 8 * (Grey(block) - 128); // the DCT of a flat 8×8 block, quantised by 1
                var diff = dc - previous;
                previous = dc;
                var size = diff == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(diff));
                bits.Write(size, 4);
                if (size > 0) bits.Write(diff > 0 ? diff : diff + (1 << size) - 1, size);
                bits.Write(0, 1); // end of block: every AC coefficient is zero
            }
        bits.Flush();
        Bytes(0xFF, 0xD9);
        return output.ToArray();
    }

    private static int Grey(char block) => block switch
    {
        '.' => 200,
        '~' => 160,
        '#' => 90,
        '|' => 60,
        '=' => 170,
        _ => 120,
    };

    /// <summary>Entropy-coded bits, most significant first, with a 0x00 stuffed after every 0xFF and 1-bits to pad.</summary>
    private sealed class BitWriter(Stream output)
    {
        private int _buffer;
        private int _count;

        public void Write(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                _buffer = (_buffer << 1) | ((value >> i) & 1);
                if (++_count == 8) Emit();
            }
        }

        public void Flush()
        {
            while (_count != 0) Write(1, 1);
        }

        private void Emit()
        {
            output.WriteByte((byte)_buffer);
            if (_buffer == 0xFF) output.WriteByte(0);
            _buffer = 0;
            _count = 0;
        }
    }
}
