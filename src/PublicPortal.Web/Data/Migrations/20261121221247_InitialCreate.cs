using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Aspects",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>( maxLength: 32, nullable: false),
                    Name = table.Column<string>( maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aspects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>( nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    Name = table.Column<string>( maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Industries",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>( maxLength: 32, nullable: false),
                    Name = table.Column<string>( maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Industries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Jurisdictions",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>( maxLength: 16, nullable: false),
                    Name = table.Column<string>( maxLength: 64, nullable: false),
                    Level = table.Column<string>( maxLength: 32, nullable: false),
                    ParentId = table.Column<int>( nullable: true),
                    SortOrder = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jurisdictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Jurisdictions_Jurisdictions_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>( maxLength: 48, nullable: false),
                    Name = table.Column<string>( maxLength: 128, nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    Email = table.Column<string>( maxLength: 256, nullable: true),
                    Phone = table.Column<string>( maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Departments_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CreditCode = table.Column<string>( maxLength: 18, nullable: false),
                    Name = table.Column<string>( maxLength: 128, nullable: false),
                    Address = table.Column<string>( maxLength: 256, nullable: true),
                    JurisdictionId = table.Column<int>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndustryRequirements",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentSlug = table.Column<string>( maxLength: 64, nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    TableNumber = table.Column<int>( nullable: false),
                    TableTitle = table.Column<string>( maxLength: 128, nullable: false),
                    RowNumber = table.Column<int>( nullable: false),
                    ItemNumber = table.Column<int>( nullable: false),
                    AspectId = table.Column<int>( nullable: false),
                    Text = table.Column<string>( maxLength: 4000, nullable: false),
                    Standards = table.Column<string>( maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndustryRequirements_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndustryRequirements_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>( maxLength: 200, nullable: false),
                    Summary = table.Column<string>( maxLength: 500, nullable: false),
                    BodyMarkdown = table.Column<string>( maxLength: 100000, nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Announcements_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Responsibilities",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JurisdictionId = table.Column<int>( nullable: false),
                    Subject = table.Column<string>( maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    Role = table.Column<string>( maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Responsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Responsibilities_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Responsibilities_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CardListings",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Card = table.Column<string>( maxLength: 32, nullable: false),
                    Reason = table.Column<string>( maxLength: 1000, nullable: false),
                    DecisionNumber = table.Column<string>( maxLength: 64, nullable: true),
                    ListedOn = table.Column<DateOnly>( nullable: false),
                    RectifyDeadline = table.Column<DateOnly>( nullable: true),
                    ExtendedDeadline = table.Column<DateOnly>( nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    PreviousCardId = table.Column<int>( nullable: true),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardListings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardListings_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_CardListings_PreviousCardId",
                        column: x => x.PreviousCardId,
                        principalTable: "CardListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmissionViolations",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Pollutant = table.Column<string>( maxLength: 64, nullable: false),
                    Violation = table.Column<string>( maxLength: 1000, nullable: false),
                    Standard = table.Column<string>( maxLength: 128, nullable: true),
                    IsSerious = table.Column<bool>( nullable: false),
                    FoundOn = table.Column<DateOnly>( nullable: false),
                    PenaltyDecisionNumber = table.Column<string>( maxLength: 64, nullable: true),
                    PenaltyDecidedOn = table.Column<DateOnly>( nullable: true),
                    Penalty = table.Column<string>( maxLength: 1000, nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmissionViolations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PhaseOutEntries",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Equipment = table.Column<string>( maxLength: 256, nullable: false),
                    Capacity = table.Column<double>( nullable: false),
                    CapacityUnit = table.Column<string>( maxLength: 32, nullable: false),
                    Measure = table.Column<string>( maxLength: 32, nullable: false),
                    CompletedOn = table.Column<DateOnly>( nullable: true),
                    AcceptedOn = table.Column<DateOnly>( nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    Remarks = table.Column<string>( maxLength: 1000, nullable: true),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhaseOutEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualityFailures",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProductName = table.Column<string>( maxLength: 128, nullable: false),
                    Specification = table.Column<string>( maxLength: 128, nullable: true),
                    Batch = table.Column<string>( maxLength: 64, nullable: true),
                    FailedItems = table.Column<string>( maxLength: 1000, nullable: false),
                    Standard = table.Column<string>( maxLength: 128, nullable: true),
                    InspectedOn = table.Column<DateOnly>( nullable: false),
                    InspectionAgency = table.Column<string>( maxLength: 128, nullable: true),
                    Handling = table.Column<string>( maxLength: 1000, nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityFailures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SealingNotices",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NoticeNumber = table.Column<string>( maxLength: 64, nullable: false),
                    SealedEquipment = table.Column<string>( maxLength: 512, nullable: false),
                    Measures = table.Column<int>( maxLength: 32, nullable: false),
                    SealedOn = table.Column<DateOnly>( nullable: false),
                    DismantleDeadline = table.Column<DateOnly>( nullable: false),
                    DismantledOn = table.Column<DateOnly>( nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    PledgeText = table.Column<string>( maxLength: 4000, nullable: false),
                    PledgeSignatory = table.Column<string>( maxLength: 128, nullable: false),
                    PledgedOn = table.Column<DateOnly>( nullable: false),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealingNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndustryRequirementIndustries",
                columns: table => new
                {
                    IndustriesId = table.Column<int>( nullable: false),
                    IndustryRequirementId = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryRequirementIndustries", x => new { x.IndustriesId, x.IndustryRequirementId });
                    table.ForeignKey(
                        name: "FK_IndustryRequirementIndustries_Industries_IndustriesId",
                        column: x => x.IndustriesId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndustryRequirementIndustries_IndustryRequirementId",
                        column: x => x.IndustryRequirementId,
                        principalTable: "IndustryRequirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reinspections",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SealingNoticeId = table.Column<int>( nullable: false),
                    InspectedOn = table.Column<DateOnly>( nullable: false),
                    Inspector = table.Column<string>( maxLength: 128, nullable: false),
                    Result = table.Column<string>( maxLength: 32, nullable: false),
                    Notes = table.Column<string>( maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reinspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reinspections_SealingNotices_SealingNoticeId",
                        column: x => x.SealingNoticeId,
                        principalTable: "SealingNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_DepartmentId",
                table: "Announcements",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_JurisdictionId_PublishedAt",
                table: "Announcements",
                columns: new[] { "JurisdictionId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_PublishedAt",
                table: "Announcements",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Aspects_Code",
                table: "Aspects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_AspectId_Year",
                table: "CardListings",
                columns: new[] { "AspectId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_Card_Status_Year",
                table: "CardListings",
                columns: new[] { "Card", "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_CityId_Year",
                table: "CardListings",
                columns: new[] { "CityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_DepartmentId",
                table: "CardListings",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_EnterpriseId",
                table: "CardListings",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_IndustryId_Year",
                table: "CardListings",
                columns: new[] { "IndustryId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_JurisdictionId_Year",
                table: "CardListings",
                columns: new[] { "JurisdictionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_PreviousCardId",
                table: "CardListings",
                column: "PreviousCardId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Code",
                table: "Departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_JurisdictionId",
                table: "Departments",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_AspectId_Year",
                table: "EmissionViolations",
                columns: new[] { "AspectId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_CityId_Year",
                table: "EmissionViolations",
                columns: new[] { "CityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_DepartmentId",
                table: "EmissionViolations",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_EnterpriseId",
                table: "EmissionViolations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_IndustryId_Year",
                table: "EmissionViolations",
                columns: new[] { "IndustryId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_JurisdictionId_Year",
                table: "EmissionViolations",
                columns: new[] { "JurisdictionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_Status_Year",
                table: "EmissionViolations",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_CreditCode",
                table: "Enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_JurisdictionId",
                table: "Enterprises",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name",
                table: "Enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Industries_Code",
                table: "Industries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRequirementIndustries_IndustryRequirementId",
                table: "IndustryRequirementIndustries",
                column: "IndustryRequirementId");

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRequirements_AspectId",
                table: "IndustryRequirements",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRequirements_DocumentSlug_Table_Row_Item",
                table: "IndustryRequirements",
                columns: new[] { "DocumentSlug", "TableNumber", "RowNumber", "ItemNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRequirements_JurisdictionId",
                table: "IndustryRequirements",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_Code",
                table: "Jurisdictions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_ParentId",
                table: "Jurisdictions",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_AspectId_Year",
                table: "PhaseOutEntries",
                columns: new[] { "AspectId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_CityId_Year",
                table: "PhaseOutEntries",
                columns: new[] { "CityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_DepartmentId",
                table: "PhaseOutEntries",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_EnterpriseId",
                table: "PhaseOutEntries",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_IndustryId_Year",
                table: "PhaseOutEntries",
                columns: new[] { "IndustryId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_JurisdictionId_Year",
                table: "PhaseOutEntries",
                columns: new[] { "JurisdictionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_Status_Year",
                table: "PhaseOutEntries",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_AspectId_Year",
                table: "QualityFailures",
                columns: new[] { "AspectId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_CityId_Year",
                table: "QualityFailures",
                columns: new[] { "CityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_DepartmentId",
                table: "QualityFailures",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_EnterpriseId",
                table: "QualityFailures",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_IndustryId_Year",
                table: "QualityFailures",
                columns: new[] { "IndustryId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_JurisdictionId_Year",
                table: "QualityFailures",
                columns: new[] { "JurisdictionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_Status_Year",
                table: "QualityFailures",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reinspections_SealingNoticeId",
                table: "Reinspections",
                column: "SealingNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Responsibilities_DepartmentId",
                table: "Responsibilities",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Responsibilities_JurisdictionId_Subject_DepartmentId",
                table: "Responsibilities",
                columns: new[] { "JurisdictionId", "Subject", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_AspectId_Year",
                table: "SealingNotices",
                columns: new[] { "AspectId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_CityId_Year",
                table: "SealingNotices",
                columns: new[] { "CityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_DepartmentId",
                table: "SealingNotices",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_EnterpriseId",
                table: "SealingNotices",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_IndustryId_Year",
                table: "SealingNotices",
                columns: new[] { "IndustryId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_JurisdictionId_Year",
                table: "SealingNotices",
                columns: new[] { "JurisdictionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_Status_DismantleDeadline",
                table: "SealingNotices",
                columns: new[] { "Status", "DismantleDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "Year", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CardListings");

            migrationBuilder.DropTable(
                name: "EmissionViolations");

            migrationBuilder.DropTable(
                name: "IndustryRequirementIndustries");

            migrationBuilder.DropTable(
                name: "PhaseOutEntries");

            migrationBuilder.DropTable(
                name: "QualityFailures");

            migrationBuilder.DropTable(
                name: "Reinspections");

            migrationBuilder.DropTable(
                name: "Responsibilities");

            migrationBuilder.DropTable(
                name: "IndustryRequirements");

            migrationBuilder.DropTable(
                name: "SealingNotices");

            migrationBuilder.DropTable(
                name: "Aspects");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "Industries");

            migrationBuilder.DropTable(
                name: "Jurisdictions");
        }
    }
}
