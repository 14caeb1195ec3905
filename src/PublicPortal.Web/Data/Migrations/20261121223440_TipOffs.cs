using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TipOffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>( maxLength: 128, nullable: true),
                    Xml = table.Column<string>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecipientCipher = table.Column<string>( nullable: false),
                    Subject = table.Column<string>( maxLength: 256, nullable: false),
                    Body = table.Column<string>( nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    NextAttemptAt = table.Column<DateTime>( nullable: false),
                    Attempts = table.Column<int>( nullable: false),
                    SentAt = table.Column<DateTime>( nullable: true),
                    LastError = table.Column<string>( maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TipOffs",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrackingNumber = table.Column<string>( maxLength: 24, nullable: false),
                    QueryCodeHash = table.Column<string>( maxLength: 128, nullable: false),
                    SubmissionKey = table.Column<string>( maxLength: 64, nullable: false),
                    Category = table.Column<string>( maxLength: 32, nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    EnterpriseName = table.Column<string>( maxLength: 128, nullable: false),
                    CreditCode = table.Column<string>( maxLength: 18, nullable: true),
                    Address = table.Column<string>( maxLength: 256, nullable: true),
                    ObservedOn = table.Column<DateOnly>( nullable: true),
                    DescriptionCipher = table.Column<string>( nullable: false),
                    IsAnonymous = table.Column<bool>( nullable: false),
                    IdentityCipher = table.Column<string>( nullable: true),
                    WantsEmailNotices = table.Column<bool>( nullable: false),
                    SourceKind = table.Column<string>( maxLength: 32, nullable: true),
                    SourceKey = table.Column<string>( maxLength: 32, nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    CloseDueOn = table.Column<DateOnly>( nullable: true),
                    Finding = table.Column<string>( maxLength: 32, nullable: true),
                    PublicReply = table.Column<string>( maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>( nullable: true),
                    Rating = table.Column<string>( maxLength: 32, nullable: true),
                    RatingCommentCipher = table.Column<string>( nullable: true),
                    RatedAt = table.Column<DateTime>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipOffs_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TipAssignments",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipOffId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    Role = table.Column<string>( maxLength: 32, nullable: false),
                    AssignedAt = table.Column<DateTime>( nullable: false),
                    SignDueOn = table.Column<DateOnly>( nullable: false),
                    CloseDueOn = table.Column<DateOnly>( nullable: false),
                    SignedAt = table.Column<DateTime>( nullable: true),
                    IsActive = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipAssignments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipAssignments_TipOffs_TipOffId",
                        column: x => x.TipOffId,
                        principalTable: "TipOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipEvents",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipOffId = table.Column<int>( nullable: false),
                    At = table.Column<DateTime>( nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    PublicNote = table.Column<string>( maxLength: 1000, nullable: true),
                    DepartmentId = table.Column<int>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipEvents_TipOffs_TipOffId",
                        column: x => x.TipOffId,
                        principalTable: "TipOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipMessages",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipOffId = table.Column<int>( nullable: false),
                    At = table.Column<DateTime>( nullable: false),
                    FromCitizen = table.Column<bool>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: true),
                    BodyCipher = table.Column<string>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipMessages_TipOffs_TipOffId",
                        column: x => x.TipOffId,
                        principalTable: "TipOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipAttachments",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipOffId = table.Column<int>( nullable: false),
                    TipMessageId = table.Column<int>( nullable: true),
                    FromCitizen = table.Column<bool>( nullable: false),
                    FileNameCipher = table.Column<string>( maxLength: 1024, nullable: false),
                    ContentType = table.Column<string>( maxLength: 64, nullable: false),
                    Length = table.Column<long>( nullable: false),
                    DataCipher = table.Column<byte[]>( nullable: false),
                    UploadedAt = table.Column<DateTime>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipAttachments_TipMessages_TipMessageId",
                        column: x => x.TipMessageId,
                        principalTable: "TipMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipAttachments_TipOffs_TipOffId",
                        column: x => x.TipOffId,
                        principalTable: "TipOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TipAssignments_DepartmentId_IsActive_CloseDueOn",
                table: "TipAssignments",
                columns: new[] { "DepartmentId", "IsActive", "CloseDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TipAssignments_TipOffId",
                table: "TipAssignments",
                column: "TipOffId");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipMessageId",
                table: "TipAttachments",
                column: "TipMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipOffId",
                table: "TipAttachments",
                column: "TipOffId");

            migrationBuilder.CreateIndex(
                name: "IX_TipEvents_TipOffId",
                table: "TipEvents",
                column: "TipOffId");

            migrationBuilder.CreateIndex(
                name: "IX_TipMessages_TipOffId",
                table: "TipMessages",
                column: "TipOffId");

            migrationBuilder.CreateIndex(
                name: "IX_TipOffs_CreditCode_Category",
                table: "TipOffs",
                columns: new[] { "CreditCode", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_TipOffs_JurisdictionId",
                table: "TipOffs",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_TipOffs_Status_SubmittedAt",
                table: "TipOffs",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TipOffs_SubmissionKey",
                table: "TipOffs",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TipOffs_TrackingNumber",
                table: "TipOffs",
                column: "TrackingNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "TipAssignments");

            migrationBuilder.DropTable(
                name: "TipAttachments");

            migrationBuilder.DropTable(
                name: "TipEvents");

            migrationBuilder.DropTable(
                name: "TipMessages");

            migrationBuilder.DropTable(
                name: "TipOffs");
        }
    }
}
