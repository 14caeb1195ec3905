using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BackOffice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsSupervised",
                table: "TipOffs",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "TipOffs",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProposedAt",
                table: "TipOffs",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposedById",
                table: "TipOffs",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedFinding",
                table: "TipOffs",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedReply",
                table: "TipOffs",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReopenCount",
                table: "TipOffs",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupervisedAt",
                table: "TipOffs",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ActorId",
                table: "TipEvents",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InternalNote",
                table: "TipEvents",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "TipAssignments",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "TipAssignments",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SignedById",
                table: "TipAssignments",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "TipAssignments",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>( maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>( maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DisplayName = table.Column<string>( maxLength: 64, nullable: false),
                    DepartmentId = table.Column<int>( nullable: true),
                    IsDisabled = table.Column<bool>( nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    UserName = table.Column<string>( maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>( maxLength: 256, nullable: true),
                    Email = table.Column<string>( maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>( maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>( nullable: false),
                    PasswordHash = table.Column<string>( nullable: true),
                    SecurityStamp = table.Column<string>( nullable: true),
                    ConcurrencyStamp = table.Column<string>( nullable: true),
                    PhoneNumber = table.Column<string>( nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>( nullable: false),
                    TwoFactorEnabled = table.Column<bool>( nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>( nullable: true),
                    LockoutEnabled = table.Column<bool>( nullable: false),
                    AccessFailedCount = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>( nullable: false),
                    UserId = table.Column<int>( nullable: true),
                    UserName = table.Column<string>( maxLength: 256, nullable: false),
                    Action = table.Column<string>( maxLength: 64, nullable: false),
                    TipOffId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: true),
                    Subject = table.Column<string>( maxLength: 64, nullable: true),
                    Detail = table.Column<string>( maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExtensionRequests",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipOffId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    RequestedById = table.Column<int>( nullable: false),
                    RequestedAt = table.Column<DateTime>( nullable: false),
                    Reason = table.Column<string>( maxLength: 1000, nullable: false),
                    RequestedDueOn = table.Column<DateOnly>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    DecidedById = table.Column<int>( nullable: true),
                    DecidedAt = table.Column<DateTime>( nullable: true),
                    DecisionNote = table.Column<string>( maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtensionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExtensionRequests_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicationDrafts",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    TipOffId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    EnterpriseName = table.Column<string>( maxLength: 128, nullable: false),
                    CreditCode = table.Column<string>( maxLength: 18, nullable: true),
                    Notes = table.Column<string>( maxLength: 2000, nullable: true),
                    CreatedById = table.Column<int>( nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    IsCompleted = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TipNotes",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipOffId = table.Column<int>( nullable: false),
                    At = table.Column<DateTime>( nullable: false),
                    AuthorId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    BodyCipher = table.Column<string>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipNotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<int>( nullable: false),
                    ClaimType = table.Column<string>( nullable: true),
                    ClaimValue = table.Column<string>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<int>( nullable: false),
                    ClaimType = table.Column<string>( nullable: true),
                    ClaimValue = table.Column<string>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>( nullable: false),
                    ProviderKey = table.Column<string>( nullable: false),
                    ProviderDisplayName = table.Column<string>( nullable: true),
                    UserId = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<int>( nullable: false),
                    RoleId = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<int>( nullable: false),
                    LoginProvider = table.Column<string>( nullable: false),
                    Name = table.Column<string>( nullable: false),
                    Value = table.Column<string>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TipOffs_EnterpriseName_Category",
                table: "TipOffs",
                columns: new[] { "EnterpriseName", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_TipEvents_Kind_At",
                table: "TipEvents",
                columns: new[] { "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_DepartmentId",
                table: "AspNetUsers",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TipOffId_At",
                table: "AuditEntries",
                columns: new[] { "TipOffId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_At",
                table: "AuditEntries",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_DepartmentId",
                table: "ExtensionRequests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_TipOffId_State",
                table: "ExtensionRequests",
                columns: new[] { "TipOffId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationDrafts_DepartmentId_IsCompleted",
                table: "PublicationDrafts",
                columns: new[] { "DepartmentId", "IsCompleted" });

            migrationBuilder.CreateIndex(
                name: "IX_TipNotes_TipOffId_At",
                table: "TipNotes",
                columns: new[] { "TipOffId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ExtensionRequests");

            migrationBuilder.DropTable(
                name: "PublicationDrafts");

            migrationBuilder.DropTable(
                name: "TipNotes");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_TipOffs_EnterpriseName_Category",
                table: "TipOffs");

            migrationBuilder.DropIndex(
                name: "IX_TipEvents_Kind_At",
                table: "TipEvents");

            migrationBuilder.DropColumn(
                name: "IsSupervised",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "ProposedAt",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "ProposedById",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "ProposedFinding",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "ProposedReply",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "ReopenCount",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "SupervisedAt",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "ActorId",
                table: "TipEvents");

            migrationBuilder.DropColumn(
                name: "InternalNote",
                table: "TipEvents");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "TipAssignments");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "TipAssignments");

            migrationBuilder.DropColumn(
                name: "SignedById",
                table: "TipAssignments");

            migrationBuilder.DropColumn(
                name: "State",
                table: "TipAssignments");
        }
    }
}
