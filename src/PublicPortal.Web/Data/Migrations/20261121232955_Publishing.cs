using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    /// <remarks>Rows that existed before the editorial workflow were published, so State defaults to "Published" for them.</remarks>
    public partial class Publishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_DepartmentId",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_DepartmentId",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_DepartmentId",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_DepartmentId",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_DepartmentId",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_Announcements_DepartmentId",
                table: "Announcements");

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedById",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedById",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PledgeScanId",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledFor",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceTipOffId",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "SealingNotices",
                maxLength: 32,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedById",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "SealingNotices",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "SealingNotices",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedById",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedById",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledFor",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceTipOffId",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "QualityFailures",
                maxLength: 32,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedById",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "QualityFailures",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "QualityFailures",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedById",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedById",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledFor",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceTipOffId",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "PhaseOutEntries",
                maxLength: 32,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedById",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "PhaseOutEntries",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "PhaseOutEntries",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedById",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedById",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledFor",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceTipOffId",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "EmissionViolations",
                maxLength: 32,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedById",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "EmissionViolations",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "EmissionViolations",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedById",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedById",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledFor",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceTipOffId",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "CardListings",
                maxLength: 32,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedById",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "CardListings",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "CardListings",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "Announcements",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedById",
                table: "Announcements",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedById",
                table: "Announcements",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledFor",
                table: "Announcements",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "Announcements",
                maxLength: 32,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "Announcements",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedById",
                table: "Announcements",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Announcements",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Announcements",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Announcements",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualLists",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JurisdictionId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    Version = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    CompiledById = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    Note = table.Column<string>( maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>( nullable: false),
                    Register = table.Column<string>( maxLength: 32, nullable: false),
                    FileName = table.Column<string>( maxLength: 200, nullable: false),
                    FileData = table.Column<byte[]>( nullable: false),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    TotalRows = table.Column<int>( nullable: false),
                    ProcessedRows = table.Column<int>( nullable: false),
                    ValidRows = table.Column<int>( nullable: false),
                    InvalidRows = table.Column<int>( nullable: false),
                    ImportedRows = table.Column<int>( nullable: false),
                    ValidRowsOnly = table.Column<bool>( nullable: false),
                    Error = table.Column<string>( maxLength: 2000, nullable: true),
                    CreatedById = table.Column<int>( nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    CompletedAt = table.Column<DateTime>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportMappings",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>( nullable: false),
                    Register = table.Column<string>( maxLength: 32, nullable: false),
                    MappingJson = table.Column<string>( maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedFiles",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>( maxLength: 200, nullable: false),
                    ContentType = table.Column<string>( maxLength: 64, nullable: false),
                    Length = table.Column<long>( nullable: false),
                    Data = table.Column<byte[]>( nullable: false),
                    UploadedAt = table.Column<DateTime>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterChanges",
                columns: table => new
                {
                    Id = table.Column<long>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Register = table.Column<string>( maxLength: 32, nullable: false),
                    EntryId = table.Column<int>( nullable: false),
                    At = table.Column<DateTime>( nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    Reason = table.Column<string>( maxLength: 1000, nullable: true),
                    Details = table.Column<string>( maxLength: 4000, nullable: true),
                    DepartmentId = table.Column<int>( nullable: true),
                    ById = table.Column<int>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnnualListRows",
                columns: table => new
                {
                    Id = table.Column<long>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AnnualListId = table.Column<int>( nullable: false),
                    PhaseOutEntryId = table.Column<int>( nullable: false),
                    EnterpriseName = table.Column<string>( maxLength: 128, nullable: false),
                    CreditCode = table.Column<string>( maxLength: 18, nullable: false),
                    Place = table.Column<string>( maxLength: 64, nullable: false),
                    Industry = table.Column<string>( maxLength: 32, nullable: true),
                    Equipment = table.Column<string>( maxLength: 256, nullable: false),
                    Capacity = table.Column<double>( nullable: false),
                    CapacityUnit = table.Column<string>( maxLength: 32, nullable: false),
                    Measure = table.Column<string>( maxLength: 32, nullable: false),
                    CompletedOn = table.Column<DateOnly>( nullable: true),
                    AcceptedOn = table.Column<DateOnly>( nullable: true),
                    Department = table.Column<string>( maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualListRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualListRows_AnnualLists_AnnualListId",
                        column: x => x.AnnualListId,
                        principalTable: "AnnualLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRowErrors",
                columns: table => new
                {
                    Id = table.Column<long>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ImportBatchId = table.Column<int>( nullable: false),
                    RowNumber = table.Column<int>( nullable: false),
                    Column = table.Column<string>( maxLength: 64, nullable: false),
                    Message = table.Column<string>( maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRowErrors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRowErrors_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_DepartmentId_State",
                table: "SealingNotices",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_PledgeScanId",
                table: "SealingNotices",
                column: "PledgeScanId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_ScheduledFor",
                table: "SealingNotices",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_DepartmentId_State",
                table: "QualityFailures",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_ScheduledFor",
                table: "QualityFailures",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_DepartmentId_State",
                table: "PhaseOutEntries",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_ScheduledFor",
                table: "PhaseOutEntries",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_DepartmentId_State",
                table: "EmissionViolations",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_ScheduledFor",
                table: "EmissionViolations",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_DepartmentId_State",
                table: "CardListings",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_ScheduledFor",
                table: "CardListings",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_DepartmentId_State",
                table: "Announcements",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_State_ScheduledFor",
                table: "Announcements",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualListRows_AnnualListId_PhaseOutEntryId",
                table: "AnnualListRows",
                columns: new[] { "AnnualListId", "PhaseOutEntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualLists_JurisdictionId_Year_Version",
                table: "AnnualLists",
                columns: new[] { "JurisdictionId", "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_DepartmentId_CreatedAt",
                table: "ImportBatches",
                columns: new[] { "DepartmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_Status",
                table: "ImportBatches",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ImportMappings_DepartmentId_Register",
                table: "ImportMappings",
                columns: new[] { "DepartmentId", "Register" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRowErrors_ImportBatchId_RowNumber",
                table: "ImportRowErrors",
                columns: new[] { "ImportBatchId", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterChanges_Register_EntryId_At",
                table: "RegisterChanges",
                columns: new[] { "Register", "EntryId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_SealingNotices_PublishedFiles_PledgeScanId",
                table: "SealingNotices",
                column: "PledgeScanId",
                principalTable: "PublishedFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SealingNotices_PublishedFiles_PledgeScanId",
                table: "SealingNotices");

            migrationBuilder.DropTable(
                name: "AnnualListRows");

            migrationBuilder.DropTable(
                name: "ImportMappings");

            migrationBuilder.DropTable(
                name: "ImportRowErrors");

            migrationBuilder.DropTable(
                name: "PublishedFiles");

            migrationBuilder.DropTable(
                name: "RegisterChanges");

            migrationBuilder.DropTable(
                name: "AnnualLists");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_DepartmentId_State",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_PledgeScanId",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_SealingNotices_State_ScheduledFor",
                table: "SealingNotices");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_DepartmentId_State",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_QualityFailures_State_ScheduledFor",
                table: "QualityFailures");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_DepartmentId_State",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_PhaseOutEntries_State_ScheduledFor",
                table: "PhaseOutEntries");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_DepartmentId_State",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_EmissionViolations_State_ScheduledFor",
                table: "EmissionViolations");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_DepartmentId_State",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_CardListings_State_ScheduledFor",
                table: "CardListings");

            migrationBuilder.DropIndex(
                name: "IX_Announcements_DepartmentId_State",
                table: "Announcements");

            migrationBuilder.DropIndex(
                name: "IX_Announcements_State_ScheduledFor",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "ApprovedById",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "PledgeScanId",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "SourceTipOffId",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "State",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "SealingNotices");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "ApprovedById",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "SourceTipOffId",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "State",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "QualityFailures");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "ApprovedById",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "SourceTipOffId",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "State",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "PhaseOutEntries");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "ApprovedById",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "SourceTipOffId",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "State",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "EmissionViolations");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "ApprovedById",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "SourceTipOffId",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "State",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "CardListings");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "ApprovedById",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "State",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Announcements");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Announcements");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_DepartmentId",
                table: "SealingNotices",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_DepartmentId",
                table: "QualityFailures",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_DepartmentId",
                table: "PhaseOutEntries",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_DepartmentId",
                table: "EmissionViolations",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_DepartmentId",
                table: "CardListings",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_DepartmentId",
                table: "Announcements",
                column: "DepartmentId");
        }
    }
}
