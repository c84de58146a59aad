package io.zhuanhua.scripts.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.zhuanhua.scripts.knowledge.Product;
import io.zhuanhua.scripts.knowledge.ProductContent;
import io.zhuanhua.scripts.size.SizeChart;

/** Row of product. */
@Entity
@Table(name = "product")
@IdClass(ProductEntity.Key.class)
public class ProductEntity {
    /** The primary key (shop, item). */
    public static class Key implements Serializable {
        public String shopId;
        public String itemId;

        public Key() {
        }

        public Key(String shopId, String itemId) {
            this.shopId = shopId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.shopId.equals(shopId) && k.itemId.equals(itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, itemId);
        }
    }

    @Id
    @Column(name = "shop_id")
    public String shopId;

    @Id
    @Column(name = "item_id")
    public String itemId;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attribute_names", nullable = false, columnDefinition = "text[]")
    public String[] attributeNames;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attribute_values", nullable = false, columnDefinition = "text[]")
    public String[] attributeValues;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "selling_points", nullable = false, columnDefinition = "text[]")
    public String[] sellingPoints;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pain_points_solved", nullable = false, columnDefinition = "text[]")
    public String[] painPointsSolved;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] materials;

    @Column(name = "shelf_life", nullable = false)
    public String shelfLife;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "usage_notes", nullable = false, columnDefinition = "text[]")
    public String[] usageNotes;

    /** {@link SizeChart#toText()}; null without sizes. */
    @Column(name = "size_chart")
    public String sizeChart;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sku_ids", nullable = false, columnDefinition = "text[]")
    public String[] skuIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sku_names", nullable = false, columnDefinition = "text[]")
    public String[] skuNames;

    @Column(nullable = false)
    public String coupon;

    @Column(nullable = false)
    public long version;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    public void setContent(ProductContent content) {
        itemId = content.itemId();
        name = content.name();
        attributeNames = content.attributes().stream().map(ProductContent.Attribute::name).toArray(String[]::new);
        attributeValues = content.attributes().stream().map(ProductContent.Attribute::value).toArray(String[]::new);
        sellingPoints = content.sellingPoints().toArray(String[]::new);
        painPointsSolved = content.painPointsSolved().toArray(String[]::new);
        materials = content.materials().toArray(String[]::new);
        shelfLife = content.shelfLife();
        usageNotes = content.usageNotes().toArray(String[]::new);
        sizeChart = content.sizeChart().map(SizeChart::toText).orElse(null);
        skuIds = content.skus().stream().map(ProductContent.Sku::skuId).toArray(String[]::new);
        skuNames = content.skus().stream().map(ProductContent.Sku::name).toArray(String[]::new);
        coupon = content.coupon();
    }

    public ProductContent content() {
        List<ProductContent.Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < attributeNames.length; i++) {
            attributes.add(new ProductContent.Attribute(attributeNames[i], attributeValues[i]));
        }
        List<ProductContent.Sku> skus = new ArrayList<>();
        for (int i = 0; i < skuIds.length; i++) {
            skus.add(new ProductContent.Sku(skuIds[i], skuNames[i]));
        }
        return new ProductContent(itemId, name, attributes, List.of(sellingPoints), List.of(painPointsSolved),
                List.of(materials), shelfLife, List.of(usageNotes), Optional.ofNullable(sizeChart).map(SizeChart::parse),
                skus, coupon);
    }

    public Product toDomain() {
        return new Product(shopId, content(), version, updateTime);
    }
}
